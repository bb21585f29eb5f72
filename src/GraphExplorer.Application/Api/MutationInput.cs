using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Stewardship;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Reads one coerced GraphQL input object of a mutation (<c>OrganizationInput</c>, …) into the stewardship inputs. The
/// engine has already checked types and required fields against the SDL; what is left is mapping enum values to the
/// stored kinds, with errors naming the input path (<c>input.kind</c>). Immutable.
/// </summary>
internal sealed class MutationInput(IReadOnlyDictionary<string, object?> map, string path = "input")
{
    /// <summary>A field the SDL makes non-null.</summary>
    public string Text(string name) =>
        map.GetValueOrDefault(name) as string ?? throw new InvalidOperationException($"{path}.{name} is required by the schema.");

    public string? Optional(string name) => map.GetValueOrDefault(name) as string;

    /// <summary>A list of ids or strings (absent → null, which leaves the stored value as it is).</summary>
    public IReadOnlyList<string>? Strings(string name) =>
        map.GetValueOrDefault(name) is not string and IEnumerable<object?> list ? [.. list.OfType<string>()] : null;

    public DateOnly? Date(string name) => map.GetValueOrDefault(name) is DateOnly d ? d : null;

    /// <summary>An enum kind field as the stored kind.</summary>
    public string Kind(KindMap kinds, string name = "kind") => kinds.ToStored(Text(name), $"{path}.{name}");

    /// <summary>A DatePrecision field as the stored precision (null when absent).</summary>
    public string? Precision(string name) => Optional(name) is { } value ? KindMaps.Precision.ToStored(value, $"{path}.{name}") : null;

    /// <summary>A nested input object (null when absent).</summary>
    public MutationInput? Object(string name) =>
        map.GetValueOrDefault(name) is IReadOnlyDictionary<string, object?> inner ? new MutationInput(inner, $"{path}.{name}") : null;

    /// <summary>A list of nested input objects (empty when absent).</summary>
    public IReadOnlyList<MutationInput> Objects(string name) =>
        map.GetValueOrDefault(name) is IEnumerable<object?> list
            ? [.. list.OfType<IReadOnlyDictionary<string, object?>>().Select((inner, i) => new MutationInput(inner, $"{path}.{name}[{i}]"))]
            : [];

    /// <summary>The <c>citation</c> every change carries: its source and quoted sentence.</summary>
    public CitationInput Citation() =>
        Object("citation") is { } citation
            ? new CitationInput(citation.Text("source"), citation.Optional("quote") ?? "")
            : throw ApplicationErrors.InvalidArgument($"{path}.citation", "a citation is required");
}
