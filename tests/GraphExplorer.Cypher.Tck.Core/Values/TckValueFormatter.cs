using System.Collections;
using System.Globalization;
using System.Text;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>
/// Writes values, actual or expected, in the TCK's literal syntax, so failure messages read like the feature files.
/// Map keys are written in ordinal order, so equal maps print equally. Temporal values print as their quoted
/// canonical text (the form the TCK expects them in). Stateless and thread-safe.
/// </summary>
public static class TckValueFormatter
{
    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    /// <summary>A row of values as a TCK table row: <c>| v1 | v2 |</c>.</summary>
    public static string FormatRow(IEnumerable<object?> values) =>
        "| " + string.Join(" | ", values.Select(Format)) + " |";

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case long or int or short or byte:
                builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                builder.Append(FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case string s:
                WriteString(builder, s);
                break;
            case CypherNode node:
                WriteNode(builder, node.Labels, node.Properties);
                break;
            case ExpectedNode node:
                WriteNode(builder, node.Labels, node.Properties);
                break;
            case CypherRelationship relationship:
                WriteRelationship(builder, relationship.Type, relationship.Properties);
                break;
            case ExpectedRelationship relationship:
                WriteRelationship(builder, relationship.Type, relationship.Properties);
                break;
            case CypherPath path:
                WritePath(builder, path);
                break;
            case ExpectedPath path:
                WritePath(builder, path);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(builder, map);
                break;
            case IDictionary dictionary:
                WriteMap(builder, dictionary.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString() ?? string.Empty, e => e.Value));
                break;
            case IEnumerable list:
                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    builder.Append(first ? string.Empty : ", ");
                    first = false;
                    Write(builder, item);
                }

                builder.Append(']');
                break;
            default:
                if (TemporalText.Format(value) is { } temporal)
                {
                    WriteString(builder, temporal);
                }
                else
                {
                    builder.Append(CultureInfo.InvariantCulture, $"<{value.GetType().Name}: {value}>");
                }

                break;
        }
    }

    /// <summary>A float as the TCK writes it: NaN, Inf, -Inf, or a round-trip decimal that always shows a '.' or an exponent.</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Inf" : "-Inf";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void WriteString(StringBuilder builder, string s)
    {
        builder.Append('\'');
        foreach (var c in s)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append('\'');
    }

    private static void WriteMap(StringBuilder builder, IReadOnlyDictionary<string, object?> map)
    {
        builder.Append('{');
        var first = true;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            builder.Append(first ? string.Empty : ", ").Append(key).Append(": ");
            first = false;
            Write(builder, map[key]);
        }

        builder.Append('}');
    }

    private static void WriteNode(StringBuilder builder, IEnumerable<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        builder.Append('(');
        foreach (var label in labels.Order(StringComparer.Ordinal))
        {
            builder.Append(':').Append(label);
        }

        if (properties.Count > 0)
        {
            builder.Append(builder[^1] == '(' ? string.Empty : " ");
            WriteMap(builder, properties);
        }

        builder.Append(')');
    }

    private static void WriteRelationship(StringBuilder builder, string type, IReadOnlyDictionary<string, object?> properties)
    {
        builder.Append("[:").Append(type);
        if (properties.Count > 0)
        {
            builder.Append(' ');
            WriteMap(builder, properties);
        }

        builder.Append(']');
    }

    private static void WritePath(StringBuilder builder, CypherPath path)
    {
        builder.Append('<');
        Write(builder, path.Nodes[0]);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            var forward = relationship.StartElementId == path.Nodes[i].ElementId;
            builder.Append(forward ? "-" : "<-");
            Write(builder, relationship);
            builder.Append(forward ? "->" : "-");
            Write(builder, path.Nodes[i + 1]);
        }

        builder.Append('>');
    }

    private static void WritePath(StringBuilder builder, ExpectedPath path)
    {
        builder.Append('<');
        Write(builder, path.Start);
        foreach (var hop in path.Hops)
        {
            builder.Append(hop.Forward ? "-" : "<-");
            Write(builder, hop.Relationship);
            builder.Append(hop.Forward ? "->" : "-");
            Write(builder, hop.Node);
        }

        builder.Append('>');
    }
}
