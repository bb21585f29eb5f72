namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// A Cypher type the binder can know an expression certainly has before the query runs (openCypher 9 §"Types"), for
/// the checks that refuse a query at compile time (<c>'a' AND true</c>, <c>1.prop</c>, <c>labels(r)</c> on a
/// relationship). Where the type depends on data the binder knows none (null), and the check waits for run time.
/// The names are the ones error messages show.
/// </summary>
internal enum CypherType
{
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,
}
