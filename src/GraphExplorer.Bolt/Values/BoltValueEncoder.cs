using System.Globalization;
using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Bolt.Values;

/// <summary>
/// Writes Cypher values (the <see cref="Database.CypherValues"/> mapping) as Bolt 5 PackStream: nodes and relationships
/// with their element ids, paths as unique nodes, unique unbound relationships and the index sequence, temporal values
/// in the UTC forms of Bolt 5, points as Point2D/Point3D.
/// </summary>
internal static class BoltValueEncoder
{
    public static void Write(PackStreamWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(); break;
            case bool b: writer.WriteBoolean(b); break;
            case long l: writer.WriteInteger(l); break;
            case int i: writer.WriteInteger(i); break;
            case double d: writer.WriteFloat(d); break;
            case string s: writer.WriteString(s); break;
            case byte[] bytes: writer.WriteBytes(bytes); break;
            case CypherNode node: WriteNode(writer, node); break;
            case CypherRelationship relationship: WriteRelationship(writer, relationship); break;
            case CypherPath path: WritePath(writer, path); break;
            case CypherDate date:
                writer.WriteStructureHeader(StructureTag.Date, 1);
                writer.WriteInteger(TemporalWire.EpochDays(date.Date));
                break;
            case CypherLocalTime localTime:
                writer.WriteStructureHeader(StructureTag.LocalTime, 1);
                writer.WriteInteger(localTime.NanosecondOfDay);
                break;
            case CypherTime time:
                writer.WriteStructureHeader(StructureTag.Time, 2);
                writer.WriteInteger(time.NanosecondOfDay);
                writer.WriteInteger(time.OffsetSeconds);
                break;
            case CypherLocalDateTime localDateTime:
            {
                var (seconds, nanos) = TemporalWire.EpochSeconds(localDateTime.Date, localDateTime.NanosecondOfDay);
                writer.WriteStructureHeader(StructureTag.LocalDateTime, 2);
                writer.WriteInteger(seconds);
                writer.WriteInteger(nanos);
                break;
            }

            case CypherDateTime dateTime: WriteDateTime(writer, dateTime); break;
            case CypherDuration duration:
                writer.WriteStructureHeader(StructureTag.Duration, 4);
                writer.WriteInteger(duration.Months);
                writer.WriteInteger(duration.Days);
                writer.WriteInteger(duration.Seconds);
                writer.WriteInteger(duration.Nanoseconds);
                break;
            case CypherPoint point:
                writer.WriteStructureHeader(point.Z is null ? StructureTag.Point2D : StructureTag.Point3D, point.Z is null ? 3 : 4);
                writer.WriteInteger(point.Srid);
                writer.WriteFloat(point.X);
                writer.WriteFloat(point.Y);
                if (point.Z is { } z)
                {
                    writer.WriteFloat(z);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    writer.WriteString(key);
                    Write(writer, item);
                }

                break;
            case IReadOnlyList<object?> list:
                writer.WriteListHeader(list.Count);
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                break;
            default:
                throw new PackStreamException($"A result value of CLR type {value.GetType().FullName} has no Bolt form.");
        }
    }

    /// <summary>
    /// The legacy integer id Bolt still carries beside the element id: the element id itself where it is an integer
    /// (the embedded engine's), the number after its last ':' for Neo4j's "4:database:id" form, else -1. Drivers use the
    /// element id; the integer is only for old code.
    /// </summary>
    public static long LegacyId(string elementId)
    {
        var tail = elementId.AsSpan(elementId.LastIndexOf(':') + 1);
        return long.TryParse(tail, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1;
    }

    private static void WriteNode(PackStreamWriter writer, CypherNode node)
    {
        writer.WriteStructureHeader(StructureTag.Node, 4);
        writer.WriteInteger(LegacyId(node.ElementId));
        writer.WriteListHeader(node.Labels.Count);
        foreach (var label in node.Labels)
        {
            writer.WriteString(label);
        }

        Write(writer, node.Properties);
        writer.WriteString(node.ElementId);
    }

    private static void WriteRelationship(PackStreamWriter writer, CypherRelationship relationship)
    {
        writer.WriteStructureHeader(StructureTag.Relationship, 8);
        writer.WriteInteger(LegacyId(relationship.ElementId));
        writer.WriteInteger(LegacyId(relationship.StartElementId));
        writer.WriteInteger(LegacyId(relationship.EndElementId));
        writer.WriteString(relationship.Type);
        Write(writer, relationship.Properties);
        writer.WriteString(relationship.ElementId);
        writer.WriteString(relationship.StartElementId);
        writer.WriteString(relationship.EndElementId);
    }

    /// <summary>
    /// A path as Bolt sends it: its distinct nodes (the first is the start), its distinct relationships without ends,
    /// and for each step the relationship's 1-based index (negative when walked against its direction) followed by
    /// the index of the node reached.
    /// </summary>
    private static void WritePath(PackStreamWriter writer, CypherPath path)
    {
        var nodes = new List<CypherNode>();
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var relationships = new List<CypherRelationship>();
        var relationshipIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int IndexOfNode(CypherNode node)
        {
            if (!nodeIndex.TryGetValue(node.ElementId, out var index))
            {
                index = nodes.Count;
                nodes.Add(node);
                nodeIndex[node.ElementId] = index;
            }

            return index;
        }

        IndexOfNode(path.Start);
        var sequence = new List<long>(path.Relationships.Count * 2);
        for (var step = 0; step < path.Relationships.Count; step++)
        {
            var relationship = path.Relationships[step];
            if (!relationshipIndex.TryGetValue(relationship.ElementId, out var index))
            {
                relationships.Add(relationship);
                index = relationships.Count;
                relationshipIndex[relationship.ElementId] = index;
            }

            var forward = relationship.StartElementId == path.Nodes[step].ElementId;
            sequence.Add(forward ? index : -index);
            sequence.Add(IndexOfNode(path.Nodes[step + 1]));
        }

        writer.WriteStructureHeader(StructureTag.Path, 3);
        writer.WriteListHeader(nodes.Count);
        foreach (var node in nodes)
        {
            WriteNode(writer, node);
        }

        writer.WriteListHeader(relationships.Count);
        foreach (var relationship in relationships)
        {
            writer.WriteStructureHeader(StructureTag.UnboundRelationship, 4);
            writer.WriteInteger(LegacyId(relationship.ElementId));
            writer.WriteString(relationship.Type);
            Write(writer, relationship.Properties);
            writer.WriteString(relationship.ElementId);
        }

        writer.WriteListHeader(sequence.Count);
        foreach (var item in sequence)
        {
            writer.WriteInteger(item);
        }
    }

    private static void WriteDateTime(PackStreamWriter writer, CypherDateTime dateTime)
    {
        var (localSeconds, nanos) = TemporalWire.EpochSeconds(dateTime.Date, dateTime.NanosecondOfDay);
        var utcSeconds = localSeconds - dateTime.OffsetSeconds;
        if (dateTime.ZoneId is { } zone)
        {
            writer.WriteStructureHeader(StructureTag.DateTimeZoneId, 3);
            writer.WriteInteger(utcSeconds);
            writer.WriteInteger(nanos);
            writer.WriteString(zone);
        }
        else
        {
            writer.WriteStructureHeader(StructureTag.DateTime, 3);
            writer.WriteInteger(utcSeconds);
            writer.WriteInteger(nanos);
            writer.WriteInteger(dateTime.OffsetSeconds);
        }
    }
}
