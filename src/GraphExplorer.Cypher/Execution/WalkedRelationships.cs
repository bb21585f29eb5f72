namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// The relationships a walk through a pattern part has taken (relationship uniqueness), with a cap on their number: a
/// path selector searching by increasing length walks no longer path than <see cref="Cap"/> and learns from
/// <see cref="CutOff"/> whether the cap stopped any walk (if not, the walks it saw were all there are).
/// </summary>
/// <remarks>Not thread-safe: one per execution of a part.</remarks>
internal sealed class WalkedRelationships : List<long>
{
    public int Cap { get; init; } = int.MaxValue;

    public bool CutOff { get; private set; }

    /// <summary>True when one more relationship stays within the cap; otherwise notes that a walk was cut off.</summary>
    public bool MayTakeAnother()
    {
        if (Count < Cap)
        {
            return true;
        }

        CutOff = true;
        return false;
    }
}
