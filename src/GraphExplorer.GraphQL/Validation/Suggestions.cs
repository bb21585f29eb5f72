namespace GraphExplorer.GraphQL.Validation;

/// <summary>graphql-js suggestionList + didYouMean: close names by (optimal string alignment) edit distance.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>Options within distance floor(0.4·|input|)+1, closest first, then ordinal.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        return options
            .Select(option => (option, distance: Distance(lowerInput, option, threshold)))
            .Where(x => x.distance <= threshold)
            .OrderBy(x => x.distance)
            .ThenBy(x => x.option, StringComparer.Ordinal)
            .Select(x => x.option)
            .ToList();
    }

    /// <summary><c> Did you mean "a", "b", or "c"?</c> (empty when there are no suggestions).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    private static int Distance(string lowerInput, string option, int threshold)
    {
        var lowerOption = option.ToLowerInvariant();
        if (lowerInput == lowerOption)
        {
            return 1;
        }

        var a = lowerInput;
        var b = lowerOption;
        if (Math.Abs(a.Length - b.Length) > threshold)
        {
            return threshold + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
