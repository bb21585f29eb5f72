namespace GraphExplorer.Cypher.Scripts;

/// <summary>How a statement of a script must run, as Neo4j requires (see <see cref="StatementClassifier"/>).</summary>
public enum StatementKind
{
    /// <summary>A query (or SHOW, or EXPLAIN): it may run in a transaction together with other queries.</summary>
    Query,

    /// <summary>A schema command (CREATE/DROP INDEX or CONSTRAINT): Neo4j runs it apart from data, in its own transaction.</summary>
    Schema,

    /// <summary>
    /// A query with <c>CALL { … } IN TRANSACTIONS</c>: it commits its batches itself, which Neo4j allows only in an
    /// implicit (auto-commit) transaction, so it cannot join another transaction and runs on its own.
    /// </summary>
    InTransactions,
}
