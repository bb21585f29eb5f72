using System.Text.Json;
using GraphExplorer.Cypher.Tck.Execution;

namespace GraphExplorer.Cypher.Tck.Runner;

/// <summary>Writes per-scenario results as JSON: <c>{ features, elapsedSeconds, passed, failed, skipped, total,
/// scenarios: [{ id, feature, name, example, line, status, reason, cause, elapsedMs }] }</c>;
/// <c>cause</c> is the failure's group in the report's top failure causes (<see cref="FailureCause"/>).</summary>
internal static class JsonReport
{
    public static void Write(string path, string features, IReadOnlyList<ScenarioResult> results, TimeSpan elapsed)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("features", features);
        json.WriteNumber("elapsedSeconds", Math.Round(elapsed.TotalSeconds, 3));
        json.WriteNumber("passed", results.Count(r => r.Status == ScenarioStatus.Passed));
        json.WriteNumber("failed", results.Count(r => r.Status == ScenarioStatus.Failed));
        json.WriteNumber("skipped", results.Count(r => r.Status == ScenarioStatus.Skipped));
        json.WriteNumber("total", results.Count);
        json.WriteStartArray("scenarios");
        foreach (var result in results)
        {
            var scenario = result.Scenario;
            json.WriteStartObject();
            json.WriteString("id", scenario.Id);
            json.WriteString("feature", scenario.FeaturePath);
            json.WriteString("name", scenario.Name);
            if (scenario.ExampleIndex is { } example)
            {
                json.WriteNumber("example", example);
            }

            json.WriteNumber("line", scenario.Line);
            json.WriteString("status", result.Status.ToString().ToLowerInvariant());
            if (result.Reason is { } reason)
            {
                json.WriteString("reason", reason);
                if (result.Status == ScenarioStatus.Failed)
                {
                    json.WriteString("cause", FailureCause.Of(reason));
                }
            }

            json.WriteNumber("elapsedMs", Math.Round(result.Elapsed.TotalMilliseconds, 1));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
