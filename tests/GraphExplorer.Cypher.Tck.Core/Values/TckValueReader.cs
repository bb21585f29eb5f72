using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>
/// The cursor of <see cref="TckValueParser"/> over one literal: values, scalars and containers here, graph elements
/// in <c>TckValueReader.Graph.cs</c>. Errors name the literal and the 1-based column.
/// </summary>
internal ref partial struct TckValueReader
{
    private readonly string text;
    private int position;

    public TckValueReader(string text)
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
