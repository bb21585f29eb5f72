namespace GraphExplorer.Testing;

/// <summary>
/// The format of the checked-in lists the conformance runners keep of what they knowingly do not pass (the TCK
/// runner's known-failures.txt, the GraphQL runner's known-differences.txt): one entry per line, an id, a tab and the
/// reason; '#' lines and blank lines are comments. Compiled into each runner (linked source) rather than shared through
/// a project, so the GraphQL runner does not depend on the Cypher TCK.
/// </summary>
internal static class IdReasonFile
{
    /// <summary>Id → reason, in file order.</summary>
    /// <exception cref="FormatException">A line without a tab or an id listed twice; the message gives file and line.</exception>
    public static Dictionary<string, string> Parse(string text, string fileName, string idName)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"{fileName}:{i + 1}: expected '<{idName}><TAB><reason>'.");
            }

            if (!reasons.TryAdd(line[..tab], line[(tab + 1)..]))
            {
                throw new FormatException($"{fileName}:{i + 1}: '{line[..tab]}' is listed twice.");
            }
        }

        return reasons;
    }
}
