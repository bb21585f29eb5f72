using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>
/// Parses the TCK's value literals (README, "Format of the expected results") as found in result tables and
/// parameter tables, after Gherkin has unescaped the table cell.
/// </summary>
/// <remarks>
/// Results use the value representation of <see cref="GraphExplorer.Database.CypherValues"/>: null, bool, long,
/// double, string, <see cref="List{T}"/> of values, <see cref="Dictionary{TKey,TValue}"/> from string to value; graph
/// elements become <see cref="ExpectedNode"/>, <see cref="ExpectedRelationship"/> and <see cref="ExpectedPath"/>.
/// Floats are literals with a '.' or an exponent, or NaN, Inf, -Inf; anything else made of digits is an integer.
/// Strings are single-quoted; inside them <c>\'</c> stands for a quote and <c>\\</c> for a backslash, and any other
/// backslash is kept as written. Stateless and thread-safe.
/// </remarks>
public static class TckValueParser
{
    /// <summary>Parses one literal; the whole text must be consumed.</summary>
    /// <exception cref="TckValueFormatException">The text is not a TCK value literal; the message gives the column.</exception>
    public static object? Parse(string text)
    {
        var reader = new Reader(text);
        reader.SkipSpace();
        var value = reader.ReadValue();
        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            throw reader.Error("expected the end of the value");
        }

        return value;
    }

    /// <summary>
    /// Parses a parameter value: like <see cref="Parse"/> but graph elements are refused, since a query
    /// cannot receive a node, relationship or path that does not come from the graph.
    /// </summary>
    public static object? ParseParameter(string text)
    {
        var value = Parse(text);
        RefuseGraphElements(value, text);
        return value;
    }

    private static void RefuseGraphElements(object? value, string text)
    {
        switch (value)
        {
            case ExpectedNode or ExpectedRelationship or ExpectedPath:
                throw new TckValueFormatException($"'{text}': a parameter cannot be a node, relationship or path.");
            case List<object?> list:
                list.ForEach(item => RefuseGraphElements(item, text));
                break;
            case Dictionary<string, object?> map:
                foreach (var item in map.Values)
                {
                    RefuseGraphElements(item, text);
                }

                break;
        }
    }

    private ref struct Reader
    {
        private readonly string text;
        private int position;

        public Reader(string text)
        {
            this.text = text;
            position = 0;
        }

        public readonly bool AtEnd => position >= text.Length;

        private readonly char Current => position < text.Length ? text[position] : '\0';

        public void SkipSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        public readonly TckValueFormatException Error(string what) =>
            new($"'{text}' column {position + 1}: {what}{(AtEnd ? " (at the end)" : $" (found '{Current}')")}.");

        public object? ReadValue()
        {
            SkipSpace();
            return Current switch
            {
                '\'' => ReadString(),
                '[' => ReadListOrRelationship(),
                '{' => ReadMap(),
                '(' => ReadNode(),
                '<' => ReadPath(),
                '-' or '+' or '.' or (>= '0' and <= '9') => ReadNumber(),
                _ => ReadWord(),
            };
        }

        private object? ReadWord()
        {
            var start = position;
            while (char.IsLetter(Current))
            {
                position++;
            }

            var word = text[start..position];
            switch (word)
            {
                case "null":
                    return null;
                case "true":
                    return true;
                case "false":
                    return false;
                case "NaN":
                    return double.NaN;
                case "Inf":
                    return double.PositiveInfinity;
            }

            position = start;
            throw Error("expected a value (null, true, false, a number, 'string', [list], {map}, (node), [:relationship] or <path>)");
        }

        private object ReadNumber()
        {
            var start = position;
            if (Current is '-' or '+')
            {
                position++;
                if (text.AsSpan(position).StartsWith("Inf", StringComparison.Ordinal))
                {
                    position += 3;
                    return text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
                }
            }

            var isFloat = false;
            var digits = 0;
            while (char.IsAsciiDigit(Current))
            {
                position++;
                digits++;
            }

            if (Current == '.')
            {
                isFloat = true;
                position++;
                while (char.IsAsciiDigit(Current))
                {
                    position++;
                    digits++;
                }
            }

            if (digits == 0)
            {
                position = start;
                throw Error("expected a number");
            }

            if (Current is 'e' or 'E')
            {
                isFloat = true;
                position++;
                if (Current is '-' or '+')
                {
                    position++;
                }

                if (!char.IsAsciiDigit(Current))
                {
                    throw Error("expected the digits of an exponent");
                }

                while (char.IsAsciiDigit(Current))
                {
                    position++;
                }
            }

            var literal = text[start..position];
            if (isFloat)
            {
                return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            if (!long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                position = start;
                throw Error("integer out of the 64-bit range");
            }

            return integer;
        }

        private string ReadString()
        {
            position++; // opening quote
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Error("unterminated string");
                }

                var c = text[position++];
                if (c == '\'')
                {
                    return builder.ToString();
                }

                if (c == '\\' && position < text.Length && text[position] is '\'' or '\\')
                {
                    builder.Append(text[position++]);
                    continue;
                }

                builder.Append(c);
            }
        }

        private object ReadListOrRelationship()
        {
            var open = position;
            position++;
            SkipSpace();
            if (Current == ':')
            {
                position = open;
                return ReadRelationship();
            }

            var list = new List<object?>();
            if (Current == ']')
            {
                position++;
                return list;
            }

            while (true)
            {
                list.Add(ReadValue());
                SkipSpace();
                if (Current == ',')
                {
                    position++;
                    continue;
                }

                Expect(']');
                return list;
            }
        }

        private Dictionary<string, object?> ReadMap()
        {
            Expect('{');
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            SkipSpace();
            if (Current == '}')
            {
                position++;
                return map;
            }

            while (true)
            {
                SkipSpace();
                var key = ReadName("a map key");
                SkipSpace();
                Expect(':');
                if (!map.TryAdd(key, ReadValue()))
                {
                    throw Error($"the key '{key}' appears twice");
                }

                SkipSpace();
                if (Current == ',')
                {
                    position++;
                    continue;
                }

                Expect('}');
                return map;
            }
        }

        private ExpectedNode ReadNode()
        {
            Expect('(');
            var labels = new List<string>();
            SkipSpace();
            while (Current == ':')
            {
                position++;
                labels.Add(ReadName("a label"));
                SkipSpace();
            }

            var properties = Current == '{' ? ReadMap() : new Dictionary<string, object?>(StringComparer.Ordinal);
            SkipSpace();
            Expect(')');
            return new ExpectedNode(labels, properties);
        }

        private ExpectedRelationship ReadRelationship()
        {
            Expect('[');
            SkipSpace();
            Expect(':');
            var type = ReadName("a relationship type");
            SkipSpace();
            var properties = Current == '{' ? ReadMap() : new Dictionary<string, object?>(StringComparer.Ordinal);
            SkipSpace();
            Expect(']');
            return new ExpectedRelationship(type, properties);
        }

        private ExpectedPath ReadPath()
        {
            Expect('<');
            SkipSpace();
            var start = ReadNode();
            var hops = new List<ExpectedPathHop>();
            while (true)
            {
                SkipSpace();
                if (Current == '>')
                {
                    position++;
                    return new ExpectedPath(start, hops);
                }

                bool forward;
                if (Current == '<')
                {
                    position++;
                    Expect('-');
                    var relationship = ReadRelationship();
                    Expect('-');
                    forward = false;
                    SkipSpace();
                    hops.Add(new ExpectedPathHop(relationship, forward, ReadNode()));
                }
                else
                {
                    Expect('-');
                    var relationship = ReadRelationship();
                    Expect('-');
                    Expect('>');
                    forward = true;
                    SkipSpace();
                    hops.Add(new ExpectedPathHop(relationship, forward, ReadNode()));
                }
            }
        }

        /// <summary>A label, type or key: an identifier, or any text between backticks.</summary>
        private string ReadName(string what)
        {
            if (Current == '`')
            {
                var close = text.IndexOf('`', position + 1);
                if (close < 0)
                {
                    throw Error($"unterminated `quoted` {what}");
                }

                var quoted = text[(position + 1)..close];
                position = close + 1;
                return quoted;
            }

            var start = position;
            while (char.IsLetterOrDigit(Current) || Current == '_')
            {
                position++;
            }

            if (start == position)
            {
                throw Error($"expected {what}");
            }

            return text[start..position];
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (Current != c)
            {
                throw Error($"expected '{c}'");
            }

            position++;
        }
    }
}
