using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Stewardship;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Reads one coerced GraphQL input object of a mutation (<c>OrganizationInput</c>, …) into the stewardship inputs. The
/// engine has already checked types and required fields against the SDL, and its coerced map keeps the difference
/// between a field left out (no entry) and a field given as <c>null</c> (an entry whose value is null): that is what
/// <see cref="Patch{T}"/> fields carry to the service (absent keeps, null clears). What is left here is mapping enum
/// values to the stored kinds, with errors naming the input path (<c>input.kind</c>). Immutable.
/// </summary>
internal sealed class MutationInput(IReadOnlyDictionary<string, object?> map, string path = "input")
{
    /// <summary>A field the SDL makes non-null.</summary>
    public string Required(string name) =>
        map.GetValueOrDefault(name) as string ?? throw new InvalidOperationException($"{path}.{name} is required by the schema.");

    public string? Optional(string name) => map.GetValueOrDefault(name) as string;

    /// <summary>A text field of a patch: absent, or given (null clears).</summary>
    public Patch<string> Text(string name) => map.TryGetValue(name, out var value) ? Patch<string>.Given(value as string) : Patch<string>.Absent;

    public Patch<bool?> Flag(string name) =>
        map.TryGetValue(name, out var value) ? Patch<bool?>.Given(value as bool?) : Patch<bool?>.Absent;

    public Patch<DateOnly?> Date(string name) =>
        map.TryGetValue(name, out var value) ? Patch<DateOnly?>.Given(value is DateOnly d ? d : null) : Patch<DateOnly?>.Absent;

    /// <summary>An enum kind field as the stored kind (absent stays absent; null is passed on, for the service to refuse).</summary>
    public Patch<string> Kind(KindMap kinds, string name = "kind") =>
        Text(name) is { IsGiven: true, Value: { } value } ? kinds.ToStored(value, $"{path}.{name}") : Text(name);

    /// <summary>A DatePrecision field as the stored precision.</summary>
    public Patch<string> Precision(string name) =>
        Text(name) is { IsGiven: true, Value: { } value } ? KindMaps.Precision.ToStored(value, $"{path}.{name}") : Text(name);

    /// <summary>
    /// A list the steward edits: <c>name</c> replaces it (null or <c>[]</c> empties it), <c>add…</c> and
    /// <c>remove…</c> (<c>addAliases</c>, <c>removeAliases</c>) change items; null when none is given.
    /// </summary>
    public ListEdit<string>? List(string name)
    {
        var (add, remove) = (EditName("add", name), EditName("remove", name));
        return map.ContainsKey(name) || map.ContainsKey(add) || map.ContainsKey(remove)
            ? new ListEdit<string>(map.ContainsKey(name) ? Strings(name) ?? [] : null, Strings(add), Strings(remove))
            : null;
    }

    /// <summary>The parties of an agreement: <c>parties</c> replaces them, <c>addParties</c>/<c>removeParties</c> edit them.</summary>
    public ListEdit<PartyInput>? Parties()
    {
        if (!map.ContainsKey("parties") && !map.ContainsKey("addParties") && !map.ContainsKey("removeParties"))
        {
            return null;
        }

        IReadOnlyList<PartyInput>? Read(string name) =>
            map.ContainsKey(name) ? [.. Objects(name).Select(p => new PartyInput(p.Required("id"), p.Text("role")))] : null;
        return new ListEdit<PartyInput>(map.ContainsKey("parties") ? Read("parties") ?? [] : null, Read("addParties"), Strings("removeParties"));
    }

    /// <summary>A list of ids or strings (absent or null → null).</summary>
    public IReadOnlyList<string>? Strings(string name) =>
        map.GetValueOrDefault(name) is not string and IEnumerable<object?> list ? [.. list.OfType<string>()] : null;

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
            ? new CitationInput(citation.Required("source"), citation.Optional("quote") ?? "", citation.Flag("inferred").Value, citation.Optional("inferenceNote"))
            : throw ApplicationErrors.InvalidArgument($"{path}.citation", "a citation is required");

    private static string EditName(string verb, string name) => verb + char.ToUpperInvariant(name[0]) + name[1..];
}
