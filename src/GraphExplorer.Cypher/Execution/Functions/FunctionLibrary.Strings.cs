using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Execution.Functions;

internal static partial class FunctionLibrary
{
    /// <summary>
    /// The characters <c>btrim/ltrim/rtrim(s, characters)</c> remove: each character of the string, as a set
    /// (Neo4j 5 Cypher manual, "String functions").
    /// </summary>
    private static char[] TrimCharacters(object? characters, string function) => AsString(characters, function).ToCharArray();

    private static void AddStringFunctions(Action<FunctionDefinition> add)
    {
        add(new("toUpper", 1, 1, (a, _) => AsString(a[0], "toUpper").ToUpperInvariant()));
        add(new("toLower", 1, 1, (a, _) => AsString(a[0], "toLower").ToLowerInvariant()));
        add(new("upper", 1, 1, (a, _) => AsString(a[0], "upper").ToUpperInvariant()));
        add(new("lower", 1, 1, (a, _) => AsString(a[0], "lower").ToLowerInvariant()));
        add(new("trim", 1, 1, (a, _) => AsString(a[0], "trim").Trim()));
        add(new("ltrim", 1, 2, (a, _) => a.Length == 1 ? AsString(a[0], "ltrim").TrimStart() : AsString(a[0], "ltrim").TrimStart(TrimCharacters(a[1], "ltrim"))));
        add(new("rtrim", 1, 2, (a, _) => a.Length == 1 ? AsString(a[0], "rtrim").TrimEnd() : AsString(a[0], "rtrim").TrimEnd(TrimCharacters(a[1], "rtrim"))));
        add(new("btrim", 1, 2, (a, _) => a.Length == 1 ? AsString(a[0], "btrim").Trim() : AsString(a[0], "btrim").Trim(TrimCharacters(a[1], "btrim"))));
        add(new("normalize", 1, 2, (a, _) =>
            AsString(a[0], "normalize").Normalize(TextNormalization.FormOf(a.Length == 1 ? "NFC" : AsString(a[1], "normalize")))));
        add(new("replace", 3, 3, (a, _) =>
        {
            var search = AsString(a[1], "replace");
            return search.Length == 0 ? AsString(a[0], "replace") : AsString(a[0], "replace").Replace(search, AsString(a[2], "replace"), StringComparison.Ordinal);
        }));
        add(new("substring", 2, 3, (a, _) =>
        {
            var s = AsString(a[0], "substring");
            var start = AsLong(a[1], "substring");
            if (start < 0)
            {
                throw CypherErrors.ArgumentError("NumberOutOfRange", "substring() start must not be negative");
            }

            if (start >= s.Length)
            {
                return "";
            }

            var length = a.Length > 2 ? AsLong(a[2], "substring") : s.Length - start;
            if (length < 0)
            {
                throw CypherErrors.ArgumentError("NumberOutOfRange", "substring() length must not be negative");
            }

            return s.Substring((int)start, (int)Math.Min(length, s.Length - start));
        }));
        add(new("left", 2, 2, (a, _) =>
        {
            var s = AsString(a[0], "left");
            var n = AsLong(a[1], "left");
            return n < 0 ? throw CypherErrors.ArgumentError("NumberOutOfRange", "left() length must not be negative") : s[..(int)Math.Min(n, s.Length)];
        }));
        add(new("right", 2, 2, (a, _) =>
        {
            var s = AsString(a[0], "right");
            var n = AsLong(a[1], "right");
            return n < 0 ? throw CypherErrors.ArgumentError("NumberOutOfRange", "right() length must not be negative") : s[(int)(s.Length - Math.Min(n, s.Length))..];
        }));
        add(new("split", 2, 2, (a, _) =>
        {
            var s = AsString(a[0], "split");
            return a[1] switch
            {
                string sep => s.Split(sep).Cast<object?>().ToList(),
                IReadOnlyList<object?> seps => s.Split(seps.Select(x => AsString(x, "split")).ToArray(), StringSplitOptions.None).Cast<object?>().ToList(),
                _ => throw CypherErrors.InvalidArgumentType("split() expects a String separator"),
            };
        }));
        add(new("reverse", 1, 1, (a, _) => a[0] switch
        {
            string s => new string(s.Reverse().ToArray()),
            IReadOnlyList<object?> l => l.Reverse().ToList(),
            _ => throw CypherErrors.InvalidArgumentType($"reverse() expects a String or List, got {Operations.TypeName(a[0])}"),
        }));
    }
}
