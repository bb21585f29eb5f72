namespace GraphExplorer.Cypher.Tck.Comparison;

/// <summary>
/// Matches two bags of equal size one-to-one under a match predicate (Kuhn's augmenting paths), so that the
/// answer does not depend on the order in which a greedy search would try candidates.
/// </summary>
/// <remarks>O(n² · cost of the predicate) in the worst case; results in the TCK hold at most a few hundred rows.</remarks>
internal static class BagMatching
{
    /// <summary>True when every expected item can be paired with a distinct actual item it matches.</summary>
    public static bool IsPerfect<TExpected, TActual>(
        IReadOnlyList<TExpected> expected,
        IReadOnlyList<TActual> actual,
        Func<TExpected, TActual, bool> matches) =>
        expected.Count == actual.Count && Unmatched(expected, actual, matches).Count == 0;

    /// <summary>The indexes of the expected items left without a partner in a maximum matching.</summary>
    public static IReadOnlyList<int> Unmatched<TExpected, TActual>(
        IReadOnlyList<TExpected> expected,
        IReadOnlyList<TActual> actual,
        Func<TExpected, TActual, bool> matches)
    {
        // candidates[e] lists the actual items expected item e matches; computed once, since the predicate can be costly.
        var candidates = new List<int>[expected.Count];
        for (var e = 0; e < expected.Count; e++)
        {
            candidates[e] = [];
            for (var a = 0; a < actual.Count; a++)
            {
                if (matches(expected[e], actual[a]))
                {
                    candidates[e].Add(a);
                }
            }
        }

        var partnerOfActual = Enumerable.Repeat(-1, actual.Count).ToArray();
        var unmatched = new List<int>();
        for (var e = 0; e < expected.Count; e++)
        {
            if (!Augment(e, candidates, partnerOfActual, new bool[actual.Count]))
            {
                unmatched.Add(e);
            }
        }

        return unmatched;
    }

    private static bool Augment(int e, List<int>[] candidates, int[] partnerOfActual, bool[] visited)
    {
        foreach (var a in candidates[e])
        {
            if (visited[a])
            {
                continue;
            }

            visited[a] = true;
            if (partnerOfActual[a] < 0 || Augment(partnerOfActual[a], candidates, partnerOfActual, visited))
            {
                partnerOfActual[a] = e;
                return true;
            }
        }

        return false;
    }
}
