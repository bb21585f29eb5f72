namespace GraphExplorer.Database;

/// <summary>
/// A notification a query earned besides its result, as Neo4j 5 reports one in a result's summary
/// (https://neo4j.com/docs/status-codes/current/notifications/): e.g. <c>Neo.ClientNotification.Statement.FeatureDeprecationWarning</c>
/// for a deprecated function.
/// </summary>
/// <param name="Code">Neo4j's code, <c>Neo.ClientNotification.{Category}.{Title}</c>.</param>
/// <param name="Title">Neo4j's title of the code.</param>
/// <param name="Description">What in this query earned it.</param>
/// <param name="Severity"><c>WARNING</c> or <c>INFORMATION</c>.</param>
/// <param name="Category">Neo4j's category: <c>DEPRECATION</c>, <c>PERFORMANCE</c>, <c>UNRECOGNIZED</c>, …</param>
/// <param name="Position">Where in the query text, when the notification points at one place.</param>
public sealed record QueryNotification(
    string Code,
    string Title,
    string Description,
    string Severity,
    string Category,
    SourcePosition? Position);
