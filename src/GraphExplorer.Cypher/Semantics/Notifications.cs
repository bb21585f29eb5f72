using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// The notifications this engine gives with a result, in Neo4j 5's codes and words
/// (https://neo4j.com/docs/status-codes/current/notifications/all-notifications/), so a driver's result summary shows
/// what Neo4j's would.
/// </summary>
internal static class Notifications
{
    private const string FeatureDeprecationWarning = "Neo.ClientNotification.Statement.FeatureDeprecationWarning";
    private const string DeprecationTitle = "This feature is deprecated and will be removed in future versions.";

    /// <summary>Functions Neo4j 5.26 deprecates: <c>id()</c>, replaced by <c>elementId()</c> (deprecated since 5.0).</summary>
    private static readonly HashSet<string> DeprecatedFunctions = new(StringComparer.OrdinalIgnoreCase) { "id" };

    /// <summary>A deprecation warning for a call of a deprecated function, at the call; null for any other function.</summary>
    public static QueryNotification? DeprecatedFunction(FunctionCall call) =>
        DeprecatedFunctions.Contains(call.Name)
            ? new QueryNotification(FeatureDeprecationWarning, DeprecationTitle,
                $"The query used a deprecated function: `{call.Name}`.", "WARNING", "DEPRECATION", call.Span.Position)
            : null;
}
