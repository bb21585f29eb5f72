using System.Text.Json;

namespace GraphExplorer.Neo4j.Tests.Support;

/// <summary>A request as the fake server saw it.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string? Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body ?? throw new InvalidOperationException("The request had no body.")).RootElement;

    public override string ToString() => $"{Method} {Path} {Body}";
}
