using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// The administration commands this engine has: <c>SHOW SETTING[S] [name[, …] | expression]</c> (Operations manual,
/// "Show configuration settings") and <c>SHOW | TERMINATE TRANSACTION[S] [id[, …] | expression]</c> (Operations manual,
/// "Manage transactions"), each followed by YIELD, WHERE and RETURN.
/// </summary>
internal sealed partial class Parser
{
    private bool IsShowSettings() => IsKeyword("SHOW") && (IsKeywordAt(1, "SETTING") || IsKeywordAt(1, "SETTINGS"));

    private bool IsTransactionsCommand() =>
        (IsKeyword("SHOW") || IsKeyword("TERMINATE")) && (IsKeywordAt(1, "TRANSACTION") || IsKeywordAt(1, "TRANSACTIONS"));

    private ShowSettingsStatement ParseShowSettings()
    {
        var start = ExpectKeyword("SHOW");
        Advance();
        var names = ParseCommandNames();
        var projection = ParseShowProjection("SHOW SETTINGS YIELD name, value RETURN name, value");
        return new ShowSettingsStatement(names, projection, SpanFrom(start));
    }

    private TransactionsStatement ParseTransactionsCommand()
    {
        var terminate = IsKeyword("TERMINATE");
        var start = Advance();
        Advance();
        var ids = ParseCommandNames();
        if (terminate && ids.IsEmpty)
        {
            Fail("the ids of the transactions to terminate, e.g. TERMINATE TRANSACTIONS 'neo4j-transaction-3'");
        }

        var projection = ParseShowProjection(terminate
            ? "TERMINATE TRANSACTIONS 'neo4j-transaction-3' YIELD message RETURN message"
            : "SHOW TRANSACTIONS YIELD transactionId RETURN transactionId");
        return new TransactionsStatement(terminate, ids, projection, SpanFrom(start));
    }

    /// <summary>The names or ids before YIELD, WHERE or RETURN: comma-separated expressions, possibly none.</summary>
    private ImmutableArray<Expression> ParseCommandNames()
    {
        var names = ImmutableArray.CreateBuilder<Expression>();
        if (!IsKeyword("YIELD") && !IsKeyword("WHERE") && !IsKeyword("RETURN") && Current.Kind is not (TokenKind.Semicolon or TokenKind.EndOfInput))
        {
            do
            {
                names.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }

        return names.ToImmutable();
    }
}
