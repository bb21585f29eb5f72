using GraphExplorer.Bolt.Messages;
using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Database;

namespace GraphExplorer.Bolt.Server;

/// <summary>
/// Which notifications a client asked for (Bolt 5.2+: <c>notifications_minimum_severity</c>, one of <c>OFF</c>,
/// <c>WARNING</c>, <c>INFORMATION</c>; <c>notifications_disabled_categories</c>) in HELLO for the connection, or in
/// BEGIN or an auto-commit RUN for that work (a key the message leaves out keeps the connection's choice); and how
/// they travel in a result's closing SUCCESS: a <c>notifications</c> list of maps with <c>code</c>, <c>title</c>,
/// <c>description</c>, <c>severity</c>, <c>category</c> and, when the notification points at one place,
/// <c>position</c> (<c>offset</c>, <c>line</c>, <c>column</c>), as Neo4j 5 sends them to Bolt 5.0–5.4 clients.
/// </summary>
internal sealed record NotificationFilter(string MinimumSeverity, IReadOnlySet<string> DisabledCategories)
{
    /// <summary>Every notification, as when the client says nothing.</summary>
    public static NotificationFilter All { get; } = new("INFORMATION", new HashSet<string>());

    /// <summary>This filter with what the message's extra map says instead, for the keys it gives.</summary>
    public NotificationFilter With(PackStreamStructure message, IReadOnlyDictionary<string, object?> extra)
    {
        var severity = RequestFields.OptionalText(message, extra, "notifications_minimum_severity")?.ToUpperInvariant() ?? MinimumSeverity;
        if (severity is not ("OFF" or "WARNING" or "INFORMATION"))
        {
            throw new BoltRequestException(
                $"A {MessageTag.NameOf(message.Tag)} message is malformed: 'notifications_minimum_severity' must be OFF, WARNING or INFORMATION, not '{severity}'.");
        }

        var disabled = extra.ContainsKey("notifications_disabled_categories")
            ? RequestFields.Strings(message, extra["notifications_disabled_categories"], "'notifications_disabled_categories'")
                .Select(c => c.ToUpperInvariant()).ToHashSet()
            : DisabledCategories;
        return new NotificationFilter(severity, disabled);
    }

    /// <summary>The notifications this connection asked for, as the maps of a SUCCESS's <c>notifications</c>.</summary>
    public List<object?> Select(IReadOnlyList<QueryNotification> notifications) =>
        [.. notifications.Where(Wanted).Select(ToMetadata)];

    private bool Wanted(QueryNotification notification) =>
        MinimumSeverity != "OFF"
        && (MinimumSeverity == "INFORMATION" || notification.Severity == "WARNING")
        && !DisabledCategories.Contains(notification.Category);

    private static Dictionary<string, object?> ToMetadata(QueryNotification notification)
    {
        var map = new Dictionary<string, object?>
        {
            ["code"] = notification.Code,
            ["title"] = notification.Title,
            ["description"] = notification.Description,
            ["severity"] = notification.Severity,
            ["category"] = notification.Category,
        };
        if (notification.Position is { } position)
        {
            map["position"] = new Dictionary<string, object?>
            {
                ["offset"] = (long)position.Offset,
                ["line"] = (long)position.Line,
                ["column"] = (long)position.Column,
            };
        }

        return map;
    }
}
