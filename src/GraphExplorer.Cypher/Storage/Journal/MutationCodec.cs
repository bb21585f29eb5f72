using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// Encodes <see cref="GraphMutation"/>s and transactions (a count followed by mutations); the layout is described in
/// <see cref="JournalFormat"/>. Decoding is exact: every mutation reads back equal in content to what was written
/// (labels and key lists in order; property maps with the same keys and values).
/// </summary>
/// <remarks>Thread-safe (stateless). Encoding refuses, with an <see cref="ArgumentException"/>, what the contract does not allow
/// (unstorable values, default immutable arrays, null strings).</remarks>
internal static class MutationCodec
{
    private const byte CreateNodeTag = 1;
    private const byte DeleteNodeTag = 2;
    private const byte CreateRelationshipTag = 3;
    private const byte DeleteRelationshipTag = 4;
    private const byte SetNodePropertyTag = 5;
    private const byte SetRelationshipPropertyTag = 6;
    private const byte AddLabelTag = 7;
    private const byte RemoveLabelTag = 8;
    private const byte CreateIndexTag = 9;
    private const byte DropIndexTag = 10;
    private const byte CreateConstraintTag = 11;
    private const byte DropConstraintTag = 12;
    private const byte CreateFullTextIndexTag = 13;

    /// <summary>Writes one transaction: the number of mutations, then each mutation.</summary>
    public static void WriteTransaction(PayloadWriter writer, IReadOnlyList<GraphMutation> transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        writer.WriteCount(transaction.Count);
        for (var i = 0; i < transaction.Count; i++)
        {
            Write(writer, transaction[i]);
        }
    }

    /// <summary>Reads a whole payload written by <see cref="WriteTransaction"/>; trailing bytes are an error.</summary>
    public static List<GraphMutation> ReadTransaction(ReadOnlySpan<byte> payload)
    {
        var reader = new PayloadReader(payload);
        var mutations = ReadMutations(ref reader);
        reader.ExpectEnd("the transaction");
        return mutations;
    }

    /// <summary>Reads a count followed by that many mutations.</summary>
    public static List<GraphMutation> ReadMutations(ref PayloadReader reader)
    {
        var count = reader.ReadCount();
        var mutations = new List<GraphMutation>(count);
        for (var i = 0; i < count; i++)
        {
            mutations.Add(Read(ref reader));
        }

        return mutations;
    }

    // size: one case per mutation kind, each the byte layout JournalFormat.cs documents; kept in one switch so the whole encoding reads against that format at once.
    public static void Write(PayloadWriter writer, GraphMutation mutation)
    {
        switch (mutation)
        {
            case CreateNode m:
                writer.WriteByte(CreateNodeTag);
                writer.WriteVarInt64(m.Id);
                WriteStrings(writer, m.Labels, "CreateNode.Labels");
                WriteProperties(writer, m.Properties, "CreateNode.Properties");
                break;
            case DeleteNode m:
                writer.WriteByte(DeleteNodeTag);
                writer.WriteVarInt64(m.Id);
                break;
            case CreateRelationship m:
                writer.WriteByte(CreateRelationshipTag);
                writer.WriteVarInt64(m.Id);
                WriteText(writer, m.Type, "CreateRelationship.Type");
                writer.WriteVarInt64(m.StartNodeId);
                writer.WriteVarInt64(m.EndNodeId);
                WriteProperties(writer, m.Properties, "CreateRelationship.Properties");
                break;
            case DeleteRelationship m:
                writer.WriteByte(DeleteRelationshipTag);
                writer.WriteVarInt64(m.Id);
                break;
            case SetNodeProperty m:
                writer.WriteByte(SetNodePropertyTag);
                writer.WriteVarInt64(m.Id);
                WriteText(writer, m.Key, "SetNodeProperty.Key");
                PropertyValueCodec.Write(writer, m.Value);
                break;
            case SetRelationshipProperty m:
                writer.WriteByte(SetRelationshipPropertyTag);
                writer.WriteVarInt64(m.Id);
                WriteText(writer, m.Key, "SetRelationshipProperty.Key");
                PropertyValueCodec.Write(writer, m.Value);
                break;
            case AddLabel m:
                writer.WriteByte(AddLabelTag);
                writer.WriteVarInt64(m.NodeId);
                WriteText(writer, m.Label, "AddLabel.Label");
                break;
            case RemoveLabel m:
                writer.WriteByte(RemoveLabelTag);
                writer.WriteVarInt64(m.NodeId);
                WriteText(writer, m.Label, "RemoveLabel.Label");
                break;
            case CreateIndex m:
                writer.WriteByte(CreateIndexTag);
                WriteText(writer, m.Name, "CreateIndex.Name");
                writer.WriteBoolean(m.OnRelationships);
                WriteText(writer, m.LabelOrType, "CreateIndex.LabelOrType");
                WriteStrings(writer, m.Properties, "CreateIndex.Properties");
                break;
            case DropIndex m:
                writer.WriteByte(DropIndexTag);
                WriteText(writer, m.Name, "DropIndex.Name");
                break;
            case CreateConstraint m:
                writer.WriteByte(CreateConstraintTag);
                WriteText(writer, m.Name, "CreateConstraint.Name");
                writer.WriteBoolean(m.OnRelationships);
                WriteText(writer, m.LabelOrType, "CreateConstraint.LabelOrType");
                WriteStrings(writer, m.Properties, "CreateConstraint.Properties");
                WriteText(writer, m.Kind, "CreateConstraint.Kind");
                break;
            case DropConstraint m:
                writer.WriteByte(DropConstraintTag);
                WriteText(writer, m.Name, "DropConstraint.Name");
                break;
            case CreateFullTextIndex m:
                writer.WriteByte(CreateFullTextIndexTag);
                WriteText(writer, m.Name, "CreateFullTextIndex.Name");
                writer.WriteBoolean(m.OnRelationships);
                WriteStrings(writer, m.LabelsOrTypes, "CreateFullTextIndex.LabelsOrTypes");
                WriteStrings(writer, m.Properties, "CreateFullTextIndex.Properties");
                WriteText(writer, m.Analyzer, "CreateFullTextIndex.Analyzer");
                writer.WriteBoolean(m.EventuallyConsistent);
                break;
            case null:
                throw new ArgumentException("A transaction contains a null mutation.");
            default:
                throw new ArgumentException($"Mutation type {mutation.GetType().FullName} has no journal encoding.");
        }
    }

    // size: one case per mutation tag, the mirror of Write above; kept in one switch so each layout is read back beside its tag.
    public static GraphMutation Read(ref PayloadReader reader)
    {
        var start = reader.Position;
        var tag = reader.ReadByte();
        switch (tag)
        {
            case CreateNodeTag:
            {
                var id = reader.ReadVarInt64();
                var labels = ReadStrings(ref reader);
                return new CreateNode(id, labels, ReadProperties(ref reader));
            }

            case DeleteNodeTag:
                return new DeleteNode(reader.ReadVarInt64());
            case CreateRelationshipTag:
            {
                var id = reader.ReadVarInt64();
                var type = SharedNames.Share(reader.ReadString());
                var startNode = reader.ReadVarInt64();
                var endNode = reader.ReadVarInt64();
                return new CreateRelationship(id, type, startNode, endNode, ReadProperties(ref reader));
            }

            case DeleteRelationshipTag:
                return new DeleteRelationship(reader.ReadVarInt64());
            case SetNodePropertyTag:
            {
                var id = reader.ReadVarInt64();
                var key = SharedNames.Share(reader.ReadString());
                return new SetNodeProperty(id, key, PropertyValueCodec.Read(ref reader));
            }

            case SetRelationshipPropertyTag:
            {
                var id = reader.ReadVarInt64();
                var key = SharedNames.Share(reader.ReadString());
                return new SetRelationshipProperty(id, key, PropertyValueCodec.Read(ref reader));
            }

            case AddLabelTag:
            {
                var id = reader.ReadVarInt64();
                return new AddLabel(id, SharedNames.Share(reader.ReadString()));
            }

            case RemoveLabelTag:
            {
                var id = reader.ReadVarInt64();
                return new RemoveLabel(id, reader.ReadString());
            }

            case CreateIndexTag:
            {
                var name = reader.ReadString();
                var onRelationships = reader.ReadBoolean();
                var labelOrType = reader.ReadString();
                return new CreateIndex(name, onRelationships, labelOrType, ReadStrings(ref reader));
            }

            case DropIndexTag:
                return new DropIndex(reader.ReadString());
            case CreateConstraintTag:
            {
                var name = reader.ReadString();
                var onRelationships = reader.ReadBoolean();
                var labelOrType = reader.ReadString();
                var properties = ReadStrings(ref reader);
                return new CreateConstraint(name, onRelationships, labelOrType, properties, reader.ReadString());
            }

            case DropConstraintTag:
                return new DropConstraint(reader.ReadString());
            case CreateFullTextIndexTag:
            {
                var name = reader.ReadString();
                var onRelationships = reader.ReadBoolean();
                var labelsOrTypes = ReadStrings(ref reader);
                var properties = ReadStrings(ref reader);
                var analyzer = reader.ReadString();
                return new CreateFullTextIndex(name, onRelationships, labelsOrTypes, properties, analyzer, reader.ReadBoolean());
            }

            default:
                throw new PayloadFormatException($"unknown mutation tag {tag}", start);
        }
    }

    private static void WriteText(PayloadWriter writer, string? text, string field) =>
        writer.WriteString(text ?? throw new ArgumentException($"{field} is null."));

    private static void WriteStrings(PayloadWriter writer, ImmutableArray<string> strings, string field)
    {
        if (strings.IsDefault)
        {
            throw new ArgumentException($"{field} is a default (uninitialised) ImmutableArray.");
        }

        writer.WriteCount(strings.Length);
        foreach (var s in strings)
        {
            WriteText(writer, s, field);
        }
    }

    private static void WriteProperties(PayloadWriter writer, ImmutableDictionary<string, object>? properties, string field)
    {
        if (properties is null)
        {
            throw new ArgumentException($"{field} is null.");
        }

        writer.WriteCount(properties.Count);
        foreach (var (key, value) in properties)
        {
            writer.WriteString(key);
            PropertyValueCodec.Write(writer, value);
        }
    }

    private static ImmutableArray<string> ReadStrings(ref PayloadReader reader)
    {
        var count = reader.ReadCount();
        var builder = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            builder.Add(SharedNames.Share(reader.ReadString()));
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableDictionary<string, object> ReadProperties(ref PayloadReader reader)
    {
        var count = reader.ReadCount();
        var builder = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var start = reader.Position;
            var key = SharedNames.Share(reader.ReadString());
            var value = PropertyValueCodec.Read(ref reader);
            if (!builder.TryAdd(key, value!))
            {
                throw new PayloadFormatException($"property key '{key}' appears twice", start);
            }
        }

        return builder.ToImmutable();
    }
}
