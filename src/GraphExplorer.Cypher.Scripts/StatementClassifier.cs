namespace GraphExplorer.Cypher.Scripts;

/// <summary>
/// Tells how a statement must run from its tokens alone (see <see cref="StatementTokens"/>), without parsing it: a
/// schema command starts with <c>CREATE [type] INDEX</c>, <c>CREATE CONSTRAINT</c> or <c>DROP</c> (after any
/// <c>CYPHER</c> options); a query with <c>CALL { … } IN [[n] CONCURRENT] TRANSACTIONS</c> has that subquery at the top
/// level of the statement (Neo4j allows it nowhere else, so a nested one is the parser's error, not another kind);
/// everything else is a query. The answer is meaningful for statements that parse: a malformed statement gets some
/// kind, and the database that parses it reports the error. The engine's parser gives the same answer on every
/// statement of <c>cypher/</c> and of the Neo4j 5 dialect suite (tests/GraphExplorer.Cypher.Scripts.Tests).
/// </summary>
/// <remarks>Thread-safe: holds no state.</remarks>
public static class StatementClassifier
{
    /// <summary>The index types that may stand between CREATE and INDEX (Neo4j 5, and the older BTREE).</summary>
    private static readonly HashSet<string> IndexTypes = ["RANGE", "TEXT", "POINT", "LOOKUP", "FULLTEXT", "VECTOR", "BTREE"];

    public static StatementKind Classify(string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var tokens = StatementTokens.Read(statement);
        var at = AfterPreParserOptions(tokens);
        if (WordAt(tokens, at, "EXPLAIN"))
        {
            // EXPLAIN plans the query without running it, so it commits nothing whatever the query is.
            return StatementKind.Query;
        }

        if (WordAt(tokens, at, "PROFILE"))
        {
            at++;
        }

        if ((WordAt(tokens, at, "CREATE") && IsSchemaCreate(tokens, at + 1)) || WordAt(tokens, at, "DROP"))
        {
            return StatementKind.Schema;
        }

        return !WordAt(tokens, at, "SHOW") && HasTopLevelInTransactions(tokens, at)
            ? StatementKind.InTransactions
            : StatementKind.Query;
    }

    /// <summary>Skips <c>CYPHER [version] [option=value …]</c>.</summary>
    private static int AfterPreParserOptions(List<StatementToken> tokens)
    {
        if (!WordAt(tokens, 0, "CYPHER"))
        {
            return 0;
        }

        var at = 1;
        if (at < tokens.Count && tokens[at].Kind == StatementTokenKind.Number)
        {
            at++;
        }

        while (at + 2 < tokens.Count && tokens[at].Kind == StatementTokenKind.Word && tokens[at + 1].IsSymbol('='))
        {
            at += 3;
        }

        return at;
    }

    private static bool IsSchemaCreate(List<StatementToken> tokens, int at) =>
        WordAt(tokens, at, "INDEX") || WordAt(tokens, at, "CONSTRAINT")
        || (at < tokens.Count && tokens[at].Kind == StatementTokenKind.Word && IndexTypes.Contains(tokens[at].Text) && WordAt(tokens, at + 1, "INDEX"));

    /// <summary>Whether a <c>}</c> that closes a top-level block is followed by <c>IN [[n] CONCURRENT] TRANSACTIONS</c>.</summary>
    private static bool HasTopLevelInTransactions(List<StatementToken> tokens, int at)
    {
        var depth = 0;
        for (var i = at; i < tokens.Count; i++)
        {
            if (tokens[i].IsSymbol('{'))
            {
                depth++;
            }
            else if (tokens[i].IsSymbol('}') && --depth == 0 && WordAt(tokens, i + 1, "IN") && IsTransactionsAfterIn(tokens, i + 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="at"/> are <c>[concurrency] [CONCURRENT] TRANSACTIONS</c>, the concurrency
    /// being a number, a parameter or a parenthesised expression; anything else after IN is an ordinary list test.
    /// </summary>
    private static bool IsTransactionsAfterIn(List<StatementToken> tokens, int at)
    {
        for (var i = at; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsWord("TRANSACTIONS"))
            {
                return true;
            }

            if (token.IsSymbol('('))
            {
                i = ClosingParenthesis(tokens, i);
            }
            else if (!token.IsWord("CONCURRENT") && token.Kind is not (StatementTokenKind.Number or StatementTokenKind.Parameter))
            {
                return false;
            }
        }

        return false;
    }

    private static int ClosingParenthesis(List<StatementToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += tokens[i].IsSymbol('(') ? 1 : tokens[i].IsSymbol(')') ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return tokens.Count;
    }

    private static bool WordAt(List<StatementToken> tokens, int at, string keyword) => at < tokens.Count && tokens[at].IsWord(keyword);
}
