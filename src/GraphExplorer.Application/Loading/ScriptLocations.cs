using GraphExplorer.Cypher.Scripts;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Places problems found in the graph a script leaves (a misquote, a broken data rule) at the text of the script that
/// states them, as <c>file:line:column</c>. A problem is looked for by its anchors (e.g. the entity's key as a string
/// literal, a relationship's <c>:TYPE</c>), in the first statement that holds one of them and, when it has context
/// strings, one of those too (the keys of a relationship's ends); within that statement it points at its detail (a
/// property name, a source key) when the statement has one after the anchor, else at the anchor.
/// </summary>
/// <remarks>Reads the script once more, a statement at a time, and only when there is something to place.</remarks>
internal static class ScriptLocations
{
    /// <summary>What to look for: any of <paramref name="Anchors"/>, in a statement with one of <paramref name="Context"/>
    /// (when there are any); <paramref name="Details"/>, words or literals to point at inside that statement.</summary>
    public sealed record Problem(string Message, IReadOnlyList<string> Anchors, IReadOnlyList<string>? Context = null, IReadOnlyList<string>? Details = null);

    /// <summary>
    /// Each problem at its place, in file order. A problem found nowhere in the script is dropped when
    /// <paramref name="keepUnplaced"/> is false, else reported at the start of the file (line 1, column 1): the script
    /// caused it without naming what it concerns (e.g. a <c>DETACH DELETE</c> that left an agreement with one party).
    /// </summary>
    public static List<LoadError> Place(ScriptFile script, IReadOnlyList<Problem> problems, bool keepUnplaced)
    {
        if (problems.Count == 0)
        {
            return [];
        }

        var found = new List<(int Line, int Column, string Message)>();
        // Statements that have an anchor but none of the context: the place to use when no statement has both.
        var fallback = new (int Line, int Column)?[problems.Count];
        var pending = Enumerable.Range(0, problems.Count).ToList();
        using (var reader = script.OpenText())
        {
            foreach (var statement in ScriptSplitter.Split(reader))
            {
                for (var i = pending.Count - 1; i >= 0; i--)
                {
                    var problem = problems[pending[i]];
                    var anchor = FirstOf(statement.Text, problem.Anchors);
                    if (anchor < 0)
                    {
                        continue;
                    }

                    var inContext = problem.Context is not { Count: > 0 } context || FirstOf(statement.Text, context) >= 0;
                    var at = problem.Details is { } details && FirstWord(statement.Text, details, anchor) is >= 0 and var detailAt ? detailAt : anchor;
                    var position = Position(statement, at);
                    if (!inContext)
                    {
                        fallback[pending[i]] ??= position;
                        continue;
                    }

                    found.Add((position.Line, position.Column, problem.Message));
                    pending.RemoveAt(i);
                }

                if (pending.Count == 0)
                {
                    break;
                }
            }
        }

        foreach (var index in pending)
        {
            if (fallback[index] is { } position)
            {
                found.Add((position.Line, position.Column, problems[index].Message));
            }
            else if (keepUnplaced)
            {
                found.Add((1, 1, problems[index].Message));
            }
        }

        return [.. found.OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Message, StringComparer.Ordinal)
            .Select(f => new LoadError(script.Path, f.Line, f.Column, f.Message))];
    }

    /// <summary>
    /// A text as a single- and as a double-quoted Cypher string literal, delimiters included; the other quote mark
    /// either plain or escaped (both are valid Cypher, e.g. <c>"l'agence"</c> and <c>"l\'agence"</c>).
    /// </summary>
    public static string[] Literals(string text)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal);
        var single = escaped.Replace("'", "\\'", StringComparison.Ordinal);
        var both = single.Replace("\"", "\\\"", StringComparison.Ordinal);
        return ["'" + single + "'", "'" + both + "'", "\"" + escaped.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"", "\"" + both + "\""];
    }

    private static int FirstOf(string text, IReadOnlyList<string> needles) =>
        needles.Select(needle => text.IndexOf(needle, StringComparison.Ordinal)).Where(index => index >= 0).DefaultIfEmpty(-1).Min();

    private static int FirstWord(string text, IReadOnlyList<string> words, int from) =>
        words.Select(word => IndexOfWord(text, word, from)).Where(index => index >= 0).DefaultIfEmpty(-1).Min();

    /// <summary>The first occurrence of <paramref name="word"/> at or after <paramref name="from"/> that is not part of a
    /// longer name (<c>since</c> is not found in <c>sincePrecision</c>); -1 when there is none.</summary>
    private static int IndexOfWord(string text, string word, int from)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            var startsWord = at == 0 || !IsNameCharacter(text[at - 1]) || !IsNameCharacter(word[0]);
            var endsWord = end == text.Length || !IsNameCharacter(text[end]) || !IsNameCharacter(word[^1]);
            if (startsWord && endsWord)
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static (int Line, int Column) Position(StatementText statement, int index)
    {
        var before = statement.Text.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        var column = index - before.LastIndexOf('\n');
        return statement.InScript(line, column);
    }
}
