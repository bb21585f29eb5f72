namespace GraphExplorer.GraphQL;

/// <summary>
/// One entry of a response's "errors" list (spec §7.1.2). Immutable; built by <see cref="GraphQLErrors"/>.
/// <see cref="Code"/> is the stable machine-readable code also written to <c>extensions.code</c>.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions);

    public override string ToString()
    {
        var where = Locations is null ? "" : " (" + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}")) + ")";
        return Code is null ? Message + where : $"[{Code}] {Message}{where}";
    }
}
