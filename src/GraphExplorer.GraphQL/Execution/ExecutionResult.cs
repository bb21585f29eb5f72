namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// A response (spec §7.1): <see cref="Errors"/> when any, and <see cref="Data"/> when execution started
/// (<see cref="HasData"/>; data may then be null after a root non-null error). Serialise with <see cref="ResponseWriter"/>.
/// </summary>
public sealed class ExecutionResult
{
    internal ExecutionResult(bool hasData, IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
    }

    public bool HasData { get; }

    /// <summary>Ordered result map: keys in selection order; values are maps, lists, strings, numbers, booleans or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    public IDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A request error: no data entry (spec §7.1.2, errors raised before execution).</summary>
    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);

    public static ExecutionResult RequestError(GraphQLError error) => new(false, null, [error]);

    /// <summary>This result with one more entry in <see cref="Extensions"/>.</summary>
    public ExecutionResult WithExtension(string key, object? value) => new(HasData, Data, Errors)
    {
        Extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>()) { [key] = value },
    };

    public string ToJson(bool indented = false) => ResponseWriter.ToJson(this, indented);
}
