using GraphExplorer.Application.Domain;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Stewardship;

/// <summary>
/// The property changes one upsert makes to one node, built from its patch fields against the stored properties:
/// only the fields given change (a null clears), lists are edited, and <c>searchText</c> is derived from the node's
/// names after the change (<see cref="SearchText.ForNode"/>). Not thread-safe (one per mutation).
/// </summary>
internal sealed class NodeChanges(IReadOnlyDictionary<string, object?>? stored)
{
    private readonly Dictionary<string, object?> changes = new(StringComparer.Ordinal);

    /// <summary>True when the node does not exist yet.</summary>
    public bool IsNew => stored is null;

    /// <summary>True when the input set or cleared at least one property (the facts the citation is given for).</summary>
    public bool Any => changes.Count > 0;

    /// <summary>A text field: trimmed; a blank text is no text (cleared), so nothing can lean on an empty value.</summary>
    public void Text(string property, Patch<string> patch)
    {
        if (patch.IsGiven)
        {
            changes[property] = string.IsNullOrWhiteSpace(patch.Value) ? null : patch.Value.Trim();
        }
    }

    /// <summary>A name, title or kind the entity cannot be without: required when new, never cleared.</summary>
    public void RequiredText(string property, Patch<string> patch, string path, string entity)
    {
        Text(property, patch);
        if (FinalText(property) is null)
        {
            throw ApplicationErrors.ValidationFailed(path, IsNew || !patch.IsGiven ? $"a new {entity} needs its {property}" : $"the {property} of {entity} cannot be cleared");
        }
    }

    public void Flag(string property, Patch<bool?> patch)
    {
        if (patch.IsGiven)
        {
            changes[property] = patch.Value;
        }
    }

    public void Date(string property, Patch<DateOnly?> patch)
    {
        if (patch.IsGiven)
        {
            changes[property] = patch.Value is { } date ? new CypherDate(date) : null;
        }
    }

    /// <summary>A list of strings (aliases): edited, and stored as absent when it ends up empty.</summary>
    public void List(string property, ListEdit<string>? edit, string path)
    {
        if (edit is null)
        {
            return;
        }

        var current = stored?.GetValueOrDefault(property) is IEnumerable<object?> items ? items.OfType<string>().ToList() : [];
        var edited = edit.Apply(current, item => item, path)
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        changes[property] = edited.Count == 0 ? null : edited;
    }

    /// <summary>The property's value after the change.</summary>
    public object? Final(string property) => changes.TryGetValue(property, out var value) ? value : stored?.GetValueOrDefault(property);

    public string? FinalText(string property) => Final(property) as string;

    public DateOnly? FinalDate(string property) => Final(property) switch
    {
        CypherDate date => date.Value,
        DateOnly date => date,
        _ => null,
    };

    /// <summary>True when the input gave any of <paramref name="properties"/>.</summary>
    public bool Gives(params string[] properties) => properties.Any(changes.ContainsKey);

    /// <summary>The properties to <c>SET n += …</c>: the changes (null removes) and the <c>searchText</c> derived
    /// from the names the node has after them.</summary>
    public Dictionary<string, object?> ToWrite(bool deriveSearchText = true)
    {
        if (!deriveSearchText)
        {
            return new Dictionary<string, object?>(changes, StringComparer.Ordinal);
        }

        var final = new Dictionary<string, object?>(stored ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        foreach (var (property, value) in changes)
        {
            final[property] = value;
        }

        return new Dictionary<string, object?>(changes, StringComparer.Ordinal) { ["searchText"] = SearchText.ForNode(final) };
    }
}
