namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// A set of relationship ids with constant-time <see cref="Add"/>, <see cref="Contains"/> and <see cref="Remove"/>:
/// a bit per id, since the store gives relationships dense ids from 0. Meant for relationship uniqueness along a
/// match (a relationship appears at most once in a path), which otherwise scans a list per step.
/// </summary>
/// <remarks>
/// Not thread-safe: one per matching operator. Memory is one bit per id up to the largest id added (1.25 MB at 10
/// million relationships), allocated as ids grow; <see cref="Clear"/> costs the words touched since the last clear,
/// not the size, so one set serves many short matches.
/// </remarks>
internal sealed class RelationshipIdSet
{
    private ulong[] words = [];
    private readonly List<int> touched = [];

    public int Count { get; private set; }

    /// <summary>Adds an id; false when it was already there.</summary>
    public bool Add(long id)
    {
        var word = Word(id);
        if (word >= words.Length)
        {
            Array.Resize(ref words, Math.Max(word + 1, Math.Min(Array.MaxLength, words.Length * 2)));
        }

        var bit = 1UL << (int)(id & 63);
        if ((words[word] & bit) != 0)
        {
            return false;
        }

        if (words[word] == 0)
        {
            touched.Add(word);
        }

        words[word] |= bit;
        Count++;
        return true;
    }

    public bool Contains(long id)
    {
        var word = Word(id);
        return word < words.Length && (words[word] & (1UL << (int)(id & 63))) != 0;
    }

    /// <summary>Removes an id; false when it was not there.</summary>
    public bool Remove(long id)
    {
        var word = Word(id);
        var bit = 1UL << (int)(id & 63);
        if (word >= words.Length || (words[word] & bit) == 0)
        {
            return false;
        }

        words[word] &= ~bit;
        Count--;
        return true;
    }

    public void Clear()
    {
        foreach (var word in touched)
        {
            words[word] = 0;
        }

        touched.Clear();
        Count = 0;
    }

    private static int Word(long id) =>
        id >= 0 && id >> 6 < Array.MaxLength
            ? (int)(id >> 6)
            : throw new ArgumentOutOfRangeException(nameof(id), id, "Relationship ids are not negative and fit the store's arrays.");
}
