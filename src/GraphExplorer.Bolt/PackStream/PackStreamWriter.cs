using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace GraphExplorer.Bolt.PackStream;

/// <summary>
/// Writes PackStream values (big-endian, the smallest form that holds each value) into a growing buffer; one writer
/// holds one message at a time (<see cref="Clear"/> between messages).
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class PackStreamWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new(256);

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => buffer.WrittenMemory;

    public void Clear() => buffer.ResetWrittenCount();

    public void WriteNull() => WriteByte(PackStreamMarker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? PackStreamMarker.True : PackStreamMarker.False);

    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            WriteByte(PackStreamMarker.Int8);
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            WriteByte(PackStreamMarker.Int16);
            BinaryPrimitives.WriteInt16BigEndian(buffer.GetSpan(2), (short)value);
            buffer.Advance(2);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            WriteByte(PackStreamMarker.Int32);
            BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), (int)value);
            buffer.Advance(4);
        }
        else
        {
            WriteByte(PackStreamMarker.Int64);
            BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(8), value);
            buffer.Advance(8);
        }
    }

    public void WriteFloat(double value)
    {
        WriteByte(PackStreamMarker.Float64);
        BinaryPrimitives.WriteDoubleBigEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteHeader(length, PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16, PackStreamMarker.String32);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        // Byte arrays have no tiny form.
        if (value.Length <= byte.MaxValue)
        {
            WriteByte(PackStreamMarker.Bytes8);
            WriteByte((byte)value.Length);
        }
        else if (value.Length <= ushort.MaxValue)
        {
            WriteByte(PackStreamMarker.Bytes16);
            BinaryPrimitives.WriteUInt16BigEndian(buffer.GetSpan(2), (ushort)value.Length);
            buffer.Advance(2);
        }
        else
        {
            WriteByte(PackStreamMarker.Bytes32);
            BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), value.Length);
            buffer.Advance(4);
        }

        buffer.Write(value);
    }

    public void WriteListHeader(int count) =>
        WriteHeader(count, PackStreamMarker.TinyList, PackStreamMarker.List8, PackStreamMarker.List16, PackStreamMarker.List32);

    public void WriteMapHeader(int count) =>
        WriteHeader(count, PackStreamMarker.TinyMap, PackStreamMarker.Map8, PackStreamMarker.Map16, PackStreamMarker.Map32);

    public void WriteStructureHeader(byte tag, int fieldCount)
    {
        if (fieldCount is < 0 or > 15)
        {
            throw new PackStreamException($"A PackStream structure holds at most 15 fields; structure 0x{tag:X2} was given {fieldCount}.");
        }

        WriteByte((byte)(PackStreamMarker.TinyStruct | fieldCount));
        WriteByte(tag);
    }

    /// <summary>
    /// Writes a protocol value: null, bool, integers, floating point, string, byte[], a list or a string-keyed map of
    /// these, or a <see cref="PackStreamStructure"/>. Cypher values (nodes, temporals, …) go through
    /// <see cref="Values.BoltValueEncoder"/> instead.
    /// </summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case double d: WriteFloat(d); break;
            case string s: WriteString(s); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case PackStreamStructure structure:
                WriteStructureHeader(structure.Tag, structure.Fields.Count);
                foreach (var field in structure.Fields)
                {
                    WriteValue(field);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    WriteString(key);
                    WriteValue(item);
                }

                break;
            case IReadOnlyList<object?> list:
                WriteListHeader(list.Count);
                foreach (var item in list)
                {
                    WriteValue(item);
                }

                break;
            default:
                throw new PackStreamException($"A value of CLR type {value.GetType().FullName} cannot be written as PackStream.");
        }
    }

    private void WriteHeader(int size, byte tiny, byte marker8, byte marker16, byte marker32)
    {
        if (size < 16)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            WriteByte(marker8);
            WriteByte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteByte(marker16);
            BinaryPrimitives.WriteUInt16BigEndian(buffer.GetSpan(2), (ushort)size);
            buffer.Advance(2);
        }
        else
        {
            WriteByte(marker32);
            BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), size);
            buffer.Advance(4);
        }
    }

    private void WriteByte(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }
}
