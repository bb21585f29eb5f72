namespace GraphExplorer.Database;

/// <summary>One row of a query result: a value per column.</summary>
/// <remarks>Values are Cypher values as described in <see cref="CypherValues"/>.</remarks>
public sealed class CypherRecord
{
    public CypherRecord(IReadOnlyList<string> keys, IReadOnlyList<object?> values)
    {
        if (keys.Count != values.Count)
        {
            throw new ArgumentException($"A record needs one value per key: {keys.Count} keys, {values.Count} values.");
        }

        Keys = keys;
        Values = values;
    }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<object?> Values { get; }

    public object? this[int index] => Values[index];

    public object? this[string key] => Values[IndexOf(key)];

    /// <summary>The value of a column converted to <typeparamref name="T"/> (integers widen, null stays null).</summary>
    public T Get<T>(string key) => CypherValues.As<T>(this[key]);

    public bool ContainsKey(string key) => Keys.Contains(key);

    private int IndexOf(string key)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            if (Keys[i] == key)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The record has no column '{key}'; columns are: {string.Join(", ", Keys)}.");
    }
}
