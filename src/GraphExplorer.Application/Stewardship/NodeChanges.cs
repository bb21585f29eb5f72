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

    /// <summary>
    /// Whether the node is stated by its source or inferred, and why: <c>inferred: false</c> or null makes it stated
    /// (the property is removed, as on loaded data); the pair after the change must follow <see cref="Domain.Inference.Problem"/>,
    /// else the field at fault under <paramref name="path"/> is named.
    /// </summary>
    public void Inference(Patch<bool?> inferred, Patch<string> note, string path)
    {
        if (inferred.IsGiven)
        {
            changes[Domain.Inference.InferredProperty] = inferred.Value is true ? true : null;
        }

        Text(Domain.Inference.NoteProperty, note);
        var finalInferred = Final(Domain.Inference.InferredProperty);
        if ((inferred.IsGiven || note.IsGiven) && Domain.Inference.Problem(finalInferred, Final(Domain.Inference.NoteProperty)) is { } problem)
        {
            throw ApplicationErrors.ValidationFailed(finalInferred is true ? $"{path}.inferenceNote" : $"{path}.inferred", $"the entity {problem}");
        }
    }

    /// <summary>
    /// The part of the month or year the source names (« fin mai »): checked, whenever it or the date's precision
    /// changes, against the precision after the change with the rule loaded data follows (<see cref="PartialDate.QualifierProblem"/>).
    /// </summary>
    public void DateQualifier(Patch<string> qualifier, string precisionProperty, string path)
    {
        Text("dateQualifier", qualifier);
        if (Gives("dateQualifier", precisionProperty) && PartialDate.QualifierProblem(Final("dateQualifier"), Final(precisionProperty)) is { } problem)
        {
            throw ApplicationErrors.ValidationFailed(path, problem);
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
