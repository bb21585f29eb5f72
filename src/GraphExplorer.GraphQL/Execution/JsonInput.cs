using System.Text.Json;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>Converts JSON input (variables) to plain CLR values: maps, lists, long/double, string, bool, null.</summary>
public static class JsonInput
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Replaces any JsonElement inside a CLR value tree by plain values.</summary>
    public static object? Normalize(object? value) => value switch
    {
        JsonElement element => ToClr(element),
        IReadOnlyDictionary<string, object?> map when map.Values.Any(v => v is JsonElement or IReadOnlyDictionary<string, object?> or IList<object?>) =>
            map.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IList<object?> list when list.Any(v => v is JsonElement or IReadOnlyDictionary<string, object?> or IList<object?>) => list.Select(Normalize).ToList(),
        _ => value,
    };

    /// <summary>Parses a JSON object of variables.</summary>
    public static IReadOnlyDictionary<string, object?>? ParseVariables(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return ToClr(document.RootElement) as IReadOnlyDictionary<string, object?>;
    }
}
