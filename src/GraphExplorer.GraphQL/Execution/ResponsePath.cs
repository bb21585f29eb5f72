namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// An immutable response path (spec §7.1.2 "path") as a linked list from leaf to root, so extending it per field and
/// list item costs one small allocation. <see cref="ToList"/> materialises root-first.
/// </summary>
internal sealed class ResponsePath
{
    public static readonly ResponsePath? Root = null;

    public ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
        Depth = (parent?.Depth ?? 0) + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or list index (int).</summary>
    public object Key { get; }

    public int Depth { get; }

    public IReadOnlyList<object> ToList()
    {
        var result = new object[Depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            result[node.Depth - 1] = node.Key;
        }

        return result;
    }

    public override string ToString() => string.Join(".", ToList());
}
