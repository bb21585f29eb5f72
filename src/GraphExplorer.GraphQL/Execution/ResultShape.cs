using System.Text.Json;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The ordered response keys shared by every <see cref="ResultMap"/> of one selection set plan, with their JSON
/// encodings prepared once (the response writer copies them instead of escaping each key per object). Immutable.
/// </summary>
internal sealed class ResultShape
{
    public ResultShape(string[] keys)
    {
        Keys = keys;
        EncodedKeys = Array.ConvertAll(keys, ResponseWriter.EncodeKey);
    }

    public string[] Keys { get; }

    public JsonEncodedText[] EncodedKeys { get; }

    /// <summary>The position of <paramref name="key"/>, or -1. Linear: selection sets are small.</summary>
    public int IndexOf(string key)
    {
        var keys = Keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
