using System.Collections;
using System.Globalization;
using System.Text;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>
/// An exact textual form of mutations and values for assertions: CLR types, double bits (so -0.0 and NaN payloads
/// count), every UTF-16 code unit of strings, list nesting, and property maps with sorted keys.
/// </summary>
internal static class MutationText
{
    public static List<string> Of(IEnumerable<GraphMutation> mutations) => mutations.Select(Of).ToList();

    public static List<string> OfBatches(IEnumerable<IReadOnlyList<GraphMutation>> batches) =>
        batches.Select(batch => string.Join(" ; ", batch.Select(Of))).ToList();

    public static string Of(GraphMutation mutation) => mutation switch
    {
        CreateNode m => $"CreateNode({m.Id}, [{Strings(m.Labels)}], {Properties(m.Properties)})",
        DeleteNode m => $"DeleteNode({m.Id})",
        CreateRelationship m => $"CreateRelationship({m.Id}, {Value(m.Type)}, {m.StartNodeId}, {m.EndNodeId}, {Properties(m.Properties)})",
        DeleteRelationship m => $"DeleteRelationship({m.Id})",
        SetNodeProperty m => $"SetNodeProperty({m.Id}, {Value(m.Key)}, {Value(m.Value)})",
        SetRelationshipProperty m => $"SetRelationshipProperty({m.Id}, {Value(m.Key)}, {Value(m.Value)})",
        AddLabel m => $"AddLabel({m.NodeId}, {Value(m.Label)})",
        RemoveLabel m => $"RemoveLabel({m.NodeId}, {Value(m.Label)})",
        CreateIndex m => $"CreateIndex({Value(m.Name)}, {m.OnRelationships}, {Value(m.LabelOrType)}, [{Strings(m.Properties)}])",
        DropIndex m => $"DropIndex({Value(m.Name)})",
        CreateConstraint m =>
            $"CreateConstraint({Value(m.Name)}, {m.OnRelationships}, {Value(m.LabelOrType)}, [{Strings(m.Properties)}], {Value(m.Kind)})",
        DropConstraint m => $"DropConstraint({Value(m.Name)})",
        CreateFullTextIndex m =>
            $"CreateFullTextIndex({Value(m.Name)}, {m.OnRelationships}, [{Strings(m.LabelsOrTypes)}], [{Strings(m.Properties)}], {Value(m.Analyzer)}, {m.EventuallyConsistent})",
        _ => throw new ArgumentException(mutation.GetType().Name),
    };

    public static string Value(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => "long " + l.ToString(CultureInfo.InvariantCulture),
        double d => "double 0x" + BitConverter.DoubleToInt64Bits(d).ToString("X16", CultureInfo.InvariantCulture),
        string s => "\"" + string.Concat(s.Select(c => c is >= ' ' and <= '~' && c != '\\' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"",
        CypherDate d => $"Date({d.Date.DayNumber})",
        CypherLocalTime t => $"LocalTime({t.NanosecondOfDay})",
        CypherTime t => $"Time({t.NanosecondOfDay}, {t.OffsetSeconds})",
        CypherLocalDateTime t => $"LocalDateTime({t.Date.DayNumber}, {t.NanosecondOfDay})",
        CypherDateTime t => $"DateTime({t.Date.DayNumber}, {t.NanosecondOfDay}, {t.OffsetSeconds}, {Value(t.ZoneId)})",
        CypherDuration d => $"Duration({d.Months}, {d.Days}, {d.Seconds}, {d.Nanoseconds})",
        CypherPoint p => $"Point({p.Srid}, {Value(p.X)}, {Value(p.Y)}, {(p.Z is { } z ? Value(z) : "2D")})",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => "?" + value.GetType().FullName,
    };

    private static string Strings(IEnumerable<string> strings) => string.Join(", ", strings.Select(Value));

    private static string Properties(IReadOnlyDictionary<string, object> properties)
    {
        var text = new StringBuilder("{");
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(Value(key)).Append(": ").Append(Value(value)).Append(", ");
        }

        return text.Append('}').ToString();
    }
}
