namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// Relationship type names interned as small integers, so that adjacency entries store 4 bytes instead of a string
/// reference and a type filter is an integer comparison (look the id up once per query with <see cref="TryGetId"/>).
/// </summary>
/// <remarks>
/// Thread-safe. One table per process, shared by every database in it: an id means the same type everywhere, so
/// records can move between snapshots without translation. Ids are never reused; a process sees few distinct types.
/// Readers take no lock: <see cref="NameOf"/> reads an array that is replaced (never changed in place) when it grows.
/// </remarks>
internal static class RelationshipTypes
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static volatile string[] names = new string[16];

    /// <summary>The id of <paramref name="name"/>, allocating one the first time the name is seen.</summary>
    public static int IdOf(string name)
    {
        lock (Gate)
        {
            if (Ids.TryGetValue(name, out var id))
            {
                return id;
            }

            id = Ids.Count;
            var table = names;
            if (id == table.Length)
            {
                var grown = new string[table.Length * 2];
                Array.Copy(table, grown, table.Length);
                grown[id] = name;
                names = grown;
            }
            else
            {
                table[id] = name;
            }

            Ids.Add(name, id);
            return id;
        }
    }

    /// <summary>The id of a type already in use; false (no relationship can have it) otherwise.</summary>
    public static bool TryGetId(string name, out int id)
    {
        lock (Gate)
        {
            return Ids.TryGetValue(name, out id);
        }
    }

    /// <summary>The name of an id returned by <see cref="IdOf"/>.</summary>
    public static string NameOf(int id) => names[id];
}
