using GraphExplorer.Bolt.PackStream;

namespace GraphExplorer.Bolt.Messages;

/// <summary>Typed reading of a request's fields and of its "extra" map; a field of the wrong type is a malformed request.</summary>
internal static class RequestFields
{
    public static IReadOnlyDictionary<string, object?> Map(PackStreamStructure message, int index) =>
        Field(message, index) switch
        {
            Dictionary<string, object?> map => map,
            null => new Dictionary<string, object?>(),
            var other => throw Malformed(message, $"field {index} must be a map, not {TypeOf(other)}"),
        };

    public static string Text(PackStreamStructure message, int index) =>
        Field(message, index) as string ?? throw Malformed(message, $"field {index} must be a string");

    public static string? OptionalText(PackStreamStructure message, IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) switch
        {
            null => null,
            string s => s,
            var other => throw Malformed(message, $"'{key}' must be a string, not {TypeOf(other)}"),
        };

    public static long? OptionalInteger(PackStreamStructure message, IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) switch
        {
            null => null,
            long l => l,
            var other => throw Malformed(message, $"'{key}' must be an integer, not {TypeOf(other)}"),
        };

    public static IReadOnlyList<string> Strings(PackStreamStructure message, object? value, string what) =>
        value switch
        {
            null => [],
            List<object?> list when list.All(item => item is string) => list.Cast<string>().ToList(),
            _ => throw Malformed(message, $"{what} must be a list of strings"),
        };

    private static object? Field(PackStreamStructure message, int index) =>
        index < message.Fields.Count ? message.Fields[index] : throw Malformed(message, $"it has {message.Fields.Count} fields, field {index} is missing");

    private static string TypeOf(object? value) => value?.GetType().Name ?? "null";

    private static BoltRequestException Malformed(PackStreamStructure message, string why) =>
        new($"A {MessageTag.NameOf(message.Tag)} message is malformed: {why}.");
}
