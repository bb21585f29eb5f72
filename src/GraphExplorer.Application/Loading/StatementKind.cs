using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>How the loader runs a statement of a script.</summary>
internal enum StatementKind
{
    /// <summary>A query: it runs in the file's one transaction, with the others.</summary>
    Query,

    /// <summary>A schema command (CREATE/DROP INDEX or CONSTRAINT): Neo4j runs it apart from data, in its own transaction.</summary>
    Schema,

    /// <summary>
    /// A query with <c>CALL { … } IN TRANSACTIONS</c>: it commits its batches itself, which Neo4j allows only in an
    /// implicit (auto-commit) transaction, so it cannot join the file's transaction and runs on its own.
    /// </summary>
    InTransactions,
}

/// <summary>Tells a script's statements apart by parsing each on its own.</summary>
internal static class StatementKinds
{
    /// <exception cref="ScriptStatementException">The statement does not parse.</exception>
    public static StatementKind Of(StatementText statement)
    {
        Statement parsed;
        try
        {
            parsed = CypherParser.ParseStatement(statement.Text);
        }
        catch (CypherException exception)
        {
            throw new ScriptStatementException(statement, exception);
        }

        return parsed switch
        {
            SingleQuery single when HasInTransactions(single) => StatementKind.InTransactions,
            UnionQuery union when union.Queries.Any(HasInTransactions) => StatementKind.InTransactions,
            Query or ShowSchemaStatement or ShowRoutinesStatement => StatementKind.Query,
            _ => StatementKind.Schema,
        };
    }

    /// <summary>Neo4j allows IN TRANSACTIONS only in the outermost query, so its top-level clauses are enough.</summary>
    private static bool HasInTransactions(SingleQuery query) =>
        query.Clauses.Any(c => c is SubqueryCallClause { InTransactions: not null });
}
