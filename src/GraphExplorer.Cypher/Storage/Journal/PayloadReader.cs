using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>Reads the primitive encodings written by <see cref="PayloadWriter"/> from a checksummed payload.</summary>
/// <remarks>
/// Every read checks bounds and well-formedness and throws <see cref="PayloadFormatException"/> with the offset inside
/// the payload; the caller adds the payload's file offset. A payload whose checksum matched but fails to decode is
/// corruption (a bug or a foreign writer), never a torn write.
/// </remarks>
internal ref struct PayloadReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public PayloadReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly int Position => _position;

    public readonly bool AtEnd => _position == _data.Length;

    public byte ReadByte()
    {
        if (_position >= _data.Length)
        {
            throw Truncated("a byte");
        }

        return _data[_position++];
    }

    public bool ReadBoolean()
    {
        var start = _position;
        return ReadByte() switch
        {
            0 => false,
            1 => true,
            var other => throw new PayloadFormatException($"invalid boolean byte {other}", start),
        };
    }

    public ulong ReadVarUInt64()
    {
        var start = _position;
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw Truncated("a varint");
            }

            var b = _data[_position++];
            if (shift == 63 && b > 1)
            {
                break;
            }

            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new PayloadFormatException("varint longer than 64 bits", start);
    }

    public long ReadVarInt64()
    {
        var raw = ReadVarUInt64();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public int ReadInt32Zigzag()
    {
        var start = _position;
        var value = ReadVarInt64();
        return value is < int.MinValue or > int.MaxValue
            ? throw new PayloadFormatException($"value {value} does not fit a 32-bit integer", start)
            : (int)value;
    }

    /// <summary>Reads an element count, checked against the bytes left (every element takes at least one byte).</summary>
    public int ReadCount()
    {
        var start = _position;
        var count = ReadVarUInt64();
        return count > (ulong)(_data.Length - _position)
            ? throw new PayloadFormatException($"count {count} exceeds the {_data.Length - _position} bytes left", start)
            : (int)count;
    }

    public double ReadDouble()
    {
        if (_data.Length - _position < 8)
        {
            throw Truncated("a float");
        }

        var bits = BinaryPrimitives.ReadInt64LittleEndian(_data[_position..]);
        _position += 8;
        return BitConverter.Int64BitsToDouble(bits);
    }

    public string ReadString()
    {
        var start = _position;
        var header = ReadVarUInt64();
        var isUtf16 = (header & 1) != 0;
        var byteCount = header >> 1;
        if (byteCount > (ulong)(_data.Length - _position))
        {
            throw new PayloadFormatException($"string of {byteCount} bytes exceeds the {_data.Length - _position} bytes left", start);
        }

        var bytes = _data.Slice(_position, (int)byteCount);
        _position += (int)byteCount;
        if (!isUtf16)
        {
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new PayloadFormatException("string is not valid UTF-8", start);
            }
        }

        if (byteCount % 2 != 0)
        {
            throw new PayloadFormatException("UTF-16 string has an odd byte count", start);
        }

        if (BitConverter.IsLittleEndian)
        {
            return new string(MemoryMarshal.Cast<byte, char>(bytes));
        }

        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * i)..]);
        }

        return new string(chars);
    }

    /// <summary>The next <paramref name="count"/> bytes, as a span of the payload.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > _data.Length - _position)
        {
            throw new PayloadFormatException($"{count} bytes exceed the {_data.Length - _position} bytes left", _position);
        }

        var bytes = _data.Slice(_position, count);
        _position += count;
        return bytes;
    }

    public readonly void ExpectEnd(string what)
    {
        if (!AtEnd)
        {
            throw new PayloadFormatException($"{_data.Length - _position} unexpected bytes after {what}", _position);
        }
    }

    private readonly PayloadFormatException Truncated(string what) =>
        new($"payload ends where {what} was expected", _position);
}
