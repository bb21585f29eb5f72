using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>
/// Notifications given with a result, as Neo4j 5.26 gives them
/// (https://neo4j.com/docs/status-codes/current/notifications/all-notifications/, "Using id() function").
/// </summary>
public sealed class NotificationTests
{
    private static readonly TestDatabase Db = new();

    [Fact]
    public void A_call_of_id_earns_a_deprecation_warning_at_the_call()
    {
        var result = Db.Run("UNWIND [1] AS x\nOPTIONAL MATCH (n) RETURN id(n) AS legacy");

        result.Notifications.Should().Equal(new QueryNotification(
            "Neo.ClientNotification.Statement.FeatureDeprecationWarning",
            "This feature is deprecated and will be removed in future versions.",
            "The query used a deprecated function: `id`.",
            "WARNING",
            "DEPRECATION",
            new SourcePosition(42, 2, 27)));
    }

    [Fact]
    public void Each_deprecated_call_is_reported_once_and_the_cached_plan_reports_it_again()
    {
        const string query = "OPTIONAL MATCH (n) WITH n, id(n) AS a RETURN a, id(n) AS b";

        Db.Run(query).Notifications.Select(n => (n.Description, n.Position?.Column))
            .Should().Equal(("The query used a deprecated function: `id`.", 28), ("The query used a deprecated function: `id`.", 49));
        Db.Run(query).Notifications.Should().HaveCount(2, "the plan cache keeps the notifications with the plan");
    }

    [Fact]
    public void A_query_without_deprecated_features_has_no_notification() =>
        Db.Run("OPTIONAL MATCH (n) RETURN elementId(n) AS id").Notifications.Should().BeEmpty();
}
