using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphExplorer.GraphQL.Conformance.Comparison;

/// <summary>
/// Decides whether our engine and graphql-js agree on one case, and says how they differ. Compared: parse success and
/// the syntax error's position (not its wording); the multiset of validation errors (rule, message, locations); and,
/// for valid documents, whether there is data, the data itself (key order included: responses are ordered maps, §7.1)
/// and the multiset of execution errors (message, path, locations; their order is not specified). Numbers compare by
/// value (JavaScript has no separate integer type).
/// </summary>
internal static class ObservationComparer
{
    /// <returns>The differences, empty when the two sides agree.</returns>
    public static IReadOnlyList<string> Compare(JsonObject reference, JsonObject ours)
    {
        var differences = new List<string>();
        var referenceParse = reference["parse"]!.AsObject();
        var ourParse = ours["parse"]!.AsObject();
        var referenceParsed = (bool)referenceParse["ok"]!;
        if (referenceParsed != (bool)ourParse["ok"]!)
        {
            differences.Add(referenceParsed
                ? $"parse: graphql-js parses the document; we fail: {ourParse["message"]} at {Where(ourParse["locations"])}"
                : $"parse: graphql-js fails ({referenceParse["message"]} at {Where(referenceParse["locations"])}); we parse the document");
            return differences;
        }

        if (!referenceParsed)
        {
            if (!JsonNode.DeepEquals(referenceParse["locations"], ourParse["locations"]))
            {
                differences.Add($"parse error position: graphql-js {Where(referenceParse["locations"])} ({referenceParse["message"]}), "
                    + $"we {Where(ourParse["locations"])} ({ourParse["message"]})");
            }

            return differences;
        }

        CompareBags("validation", reference["validation"], ours["validation"], ValidationKey, differences);
        if (differences.Count > 0)
        {
            return differences;
        }

        var referenceExecution = reference["execution"]?.AsObject();
        var ourExecution = ours["execution"]?.AsObject();
        if (referenceExecution is null || ourExecution is null || referenceExecution.ContainsKey("skipped") || ourExecution.ContainsKey("skipped"))
        {
            if (!JsonNode.DeepEquals(referenceExecution?["skipped"], ourExecution?["skipped"]))
            {
                differences.Add($"execution: graphql-js {referenceExecution?.ToJsonString() ?? "none"}, we {ourExecution?.ToJsonString() ?? "none"}");
            }

            return differences;
        }

        if ((bool)referenceExecution["hasData"]! != (bool)ourExecution["hasData"]!)
        {
            differences.Add($"execution: graphql-js {((bool)referenceExecution["hasData"]! ? "returns" : "does not return")} data, we "
                + $"{((bool)ourExecution["hasData"]! ? "do" : "do not")}");
        }
        else if (!SameValue(referenceExecution["data"], ourExecution["data"]))
        {
            differences.Add($"data: graphql-js {Text(referenceExecution["data"])}, we {Text(ourExecution["data"])}");
        }

        CompareBags("execution errors", referenceExecution["errors"], ourExecution["errors"], ExecutionErrorKey, differences);
        return differences;
    }

    private static void CompareBags(string what, JsonNode? reference, JsonNode? ours, Func<JsonNode, string> key, List<string> differences)
    {
        var expected = (reference?.AsArray() ?? []).Select(e => key(e!)).ToList();
        var actual = (ours?.AsArray() ?? []).Select(e => key(e!)).ToList();
        var missing = new List<string>(expected);
        var unexpected = new List<string>();
        foreach (var item in actual)
        {
            if (!missing.Remove(item))
            {
                unexpected.Add(item);
            }
        }

        differences.AddRange(missing.Select(m => $"{what}: graphql-js reports {m}; we do not"));
        differences.AddRange(unexpected.Select(u => $"{what}: we report {u}; graphql-js does not"));
    }

    private static string ValidationKey(JsonNode error) =>
        $"{error["rule"]} \"{error["message"]}\" at {Where(error["locations"])}";

    private static string ExecutionErrorKey(JsonNode error) =>
        $"\"{error["message"]}\" at {Where(error["locations"])} path {Text(error["path"])}";

    private static string Where(JsonNode? locations) =>
        locations is JsonArray { Count: > 0 } array
            ? string.Join(", ", array.Select(l => $"{l!["line"]}:{l["column"]}"))
            : "(no location)";

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";

    /// <summary>Deep equality with numbers by value and object keys in order.</summary>
    private static bool SameValue(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count
            && x.Zip(y).All(p => p.First.Key == p.Second.Key && SameValue(p.First.Value, p.Second.Value)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => SameValue(p.First, p.Second)),
        (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number =>
            x.GetValue<double>() == y.GetValue<double>(),
        (JsonValue x, JsonValue y) => JsonNode.DeepEquals(x, y),
        _ => false,
    };
}
