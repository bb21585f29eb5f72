using System.Collections.Concurrent;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// One string instance per name (label, relationship type, property key) decoded from the database files, so that a
/// recovered graph does not hold a copy of "KNOWS" per relationship and of each key per property map.
/// </summary>
/// <remarks>Thread-safe. Bounded: past <see cref="Capacity"/> distinct names, further names are returned unshared.</remarks>
internal static class SharedNames
{
    private const int Capacity = 16_384;
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static int count;

    public static string Share(string name)
    {
        if (Names.TryGetValue(name, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref count) >= Capacity)
        {
            return name;
        }

        shared = Names.GetOrAdd(name, name);
        if (ReferenceEquals(shared, name))
        {
            Interlocked.Increment(ref count);
        }

        return shared;
    }
}
