using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// An ordered result map (spec §6.3 ExecuteSelectionSet): the values of one object in selection order over a
/// <see cref="ResultShape"/> shared by every object of the same selection set, so a list of a thousand objects stores
/// its keys once. Read-only; lookups are linear in the number of selected fields.
/// </summary>
internal sealed class ResultMap(ResultShape shape, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public ResultShape Shape { get; } = shape;

    /// <summary>The values in key order (same length as the shape's keys). Not to be modified.</summary>
    public object?[] Values { get; } = values;

    public int Count => Values.Length;

    public IEnumerable<string> Keys => Shape.Keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => Shape.IndexOf(key) is var index and >= 0 ? Values[index] : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Shape.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Shape.IndexOf(key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(Shape.Keys[i], Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
