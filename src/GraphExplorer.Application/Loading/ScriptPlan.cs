using GraphExplorer.Cypher.Scripts;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// How many statements a script has in each phase, in the order they run: the statements that run on their own before
/// its first query, its queries (which run in one transaction), and those that run on their own after its last query.
/// A statement runs on its own when it cannot join the file's transaction: a schema command (Neo4j refuses schema
/// commands and data in one transaction) or a query with <c>CALL { … } IN TRANSACTIONS</c> (Neo4j runs it only in an
/// implicit transaction). Such a statement between two queries has no place (see <see cref="ScriptLoader"/>).
/// </summary>
internal sealed record ScriptPlan(int SeparateBefore, int Queries, int SeparateAfter)
{
    public int Count => SeparateBefore + Queries + SeparateAfter;

    /// <summary>
    /// Goes through the script once, checking each statement's syntax with the database's parser when it has one (see
    /// <see cref="IChecksSyntax"/>) and telling its kind from its tokens, so that a syntax error or a misplaced schema
    /// command anywhere in the file is found before anything runs. Holds one statement at a time.
    /// </summary>
    /// <exception cref="ScriptStatementException">A statement does not parse, or one that runs on its own sits between queries.</exception>
    public static ScriptPlan Read(ScriptFile script, IChecksSyntax? syntax)
    {
        using var reader = script.OpenText();
        int count = 0, firstQuery = -1, lastQuery = -1;
        (StatementText Statement, StatementKind Kind)? separateAfterQuery = null;
        foreach (var statement in ScriptSplitter.Split(reader))
        {
            var kind = KindOf(statement, syntax);
            if (kind != StatementKind.Query)
            {
                separateAfterQuery ??= firstQuery >= 0 ? (statement, kind) : null;
            }
            else if (separateAfterQuery is { } misplaced)
            {
                throw misplaced.Kind == StatementKind.Schema
                    ? new ScriptStatementException(misplaced.Statement, "SchemaCommandAmongQueries",
                        "a schema command must come before the first query or after the last one of a file " +
                        "(Neo4j runs schema commands apart from data, each in its own transaction); nothing of the file was applied.")
                    : new ScriptStatementException(misplaced.Statement, "InTransactionsAmongQueries",
                        "a statement with CALL { … } IN TRANSACTIONS must come before the first query or after the last one of a file " +
                        "(it commits its batches itself, which Neo4j allows only outside a transaction, so it cannot join the file's); " +
                        "nothing of the file was applied.");
            }
            else
            {
                firstQuery = firstQuery < 0 ? count : firstQuery;
                lastQuery = count;
            }

            count++;
        }

        return firstQuery < 0
            ? new ScriptPlan(count, 0, 0)
            : new ScriptPlan(firstQuery, lastQuery - firstQuery + 1, count - lastQuery - 1);
    }

    /// <exception cref="ScriptStatementException">The database's parser rejects the statement.</exception>
    private static StatementKind KindOf(StatementText statement, IChecksSyntax? syntax)
    {
        try
        {
            syntax?.CheckSyntax(statement.Text);
        }
        catch (CypherException exception)
        {
            throw new ScriptStatementException(statement, exception);
        }

        return StatementClassifier.Classify(statement.Text);
    }
}
