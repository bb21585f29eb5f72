using System.Collections;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// Encodes the property values a store may hold (see <see cref="GraphMutation"/>): null, Boolean, Integer (long),
/// Float (double), String, the temporal records, points, and lists of those (nested lists included). Tags are listed in
/// <see cref="JournalFormat"/>. Lists read back as <see cref="List{T}"/> of <see cref="object"/>.
/// </summary>
/// <remarks>Thread-safe (stateless). Any other CLR type is refused with an <see cref="ArgumentException"/> before anything is written.</remarks>
internal static class PropertyValueCodec
{
    private const byte Null = 0;
    private const byte False = 1;
    private const byte True = 2;
    private const byte Integer = 3;
    private const byte Float = 4;
    private const byte String = 5;
    private const byte List = 6;
    private const byte Date = 7;
    private const byte LocalTime = 8;
    private const byte Time = 9;
    private const byte LocalDateTime = 10;
    private const byte DateTime = 11;
    private const byte Duration = 12;
    private const byte Point = 13;

    /// <summary>Lists nest at most this deep, so that decoding a damaged or hostile payload cannot overflow the stack.</summary>
    internal const int MaxListDepth = 64;

    public static void Write(PayloadWriter writer, object? value) => Write(writer, value, 0);

    public static object? Read(ref PayloadReader reader) => Read(ref reader, 0);

    // size: one case per value tag, the byte layout JournalFormat.cs documents; kept in one switch so the encoding of every value type reads at once.
    private static void Write(PayloadWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null:
                writer.WriteByte(Null);
                break;
            case bool b:
                writer.WriteByte(b ? True : False);
                break;
            case long l:
                writer.WriteByte(Integer);
                writer.WriteVarInt64(l);
                break;
            case double d:
                writer.WriteByte(Float);
                writer.WriteDouble(d);
                break;
            case string s:
                writer.WriteByte(String);
                writer.WriteString(s);
                break;
            case CypherDate date:
                writer.WriteByte(Date);
                writer.WriteVarInt64(date.Date.DayNumber);
                break;
            case CypherLocalTime localTime:
                writer.WriteByte(LocalTime);
                writer.WriteVarInt64(localTime.NanosecondOfDay);
                break;
            case CypherTime time:
                writer.WriteByte(Time);
                writer.WriteVarInt64(time.NanosecondOfDay);
                writer.WriteVarInt64(time.OffsetSeconds);
                break;
            case CypherLocalDateTime localDateTime:
                writer.WriteByte(LocalDateTime);
                writer.WriteVarInt64(localDateTime.Date.DayNumber);
                writer.WriteVarInt64(localDateTime.NanosecondOfDay);
                break;
            case CypherDateTime dateTime:
                writer.WriteByte(DateTime);
                writer.WriteVarInt64(dateTime.Date.DayNumber);
                writer.WriteVarInt64(dateTime.NanosecondOfDay);
                writer.WriteVarInt64(dateTime.OffsetSeconds);
                if (dateTime.ZoneId is null)
                {
                    writer.WriteByte(0);
                }
                else
                {
                    writer.WriteByte(1);
                    writer.WriteString(dateTime.ZoneId);
                }

                break;
            case CypherDuration duration:
                writer.WriteByte(Duration);
                writer.WriteVarInt64(duration.Months);
                writer.WriteVarInt64(duration.Days);
                writer.WriteVarInt64(duration.Seconds);
                writer.WriteVarInt64(duration.Nanoseconds);
                break;
            case CypherPoint point:
                // SRID, then the coordinates as exact IEEE doubles; a 2D/3D flag byte keeps the Z optional.
                writer.WriteByte(Point);
                writer.WriteVarInt64(point.Srid);
                writer.WriteDouble(point.X);
                writer.WriteDouble(point.Y);
                writer.WriteByte(point.Z is null ? (byte)0 : (byte)1);
                if (point.Z is { } z)
                {
                    writer.WriteDouble(z);
                }

                break;
            case IDictionary or IReadOnlyDictionary<string, object?> or IReadOnlyDictionary<string, object>:
                throw new ArgumentException("A map cannot be stored as a property value.");
            case IEnumerable list:
                WriteList(writer, list, depth);
                break;
            default:
                throw new ArgumentException(
                    $"A value of CLR type {value.GetType().FullName} cannot be stored as a property value.");
        }
    }

    private static void WriteList(PayloadWriter writer, IEnumerable list, int depth)
    {
        if (depth >= MaxListDepth)
        {
            throw new ArgumentException($"Lists nested deeper than {MaxListDepth} levels cannot be stored.");
        }

        var items = list as ICollection ?? list.Cast<object?>().ToList();
        writer.WriteByte(List);
        writer.WriteCount(items.Count);
        foreach (var item in items)
        {
            Write(writer, item, depth + 1);
        }
    }

    /// <summary>Boxes of the small integers that properties mostly hold (years, counts, codes), shared by every read.</summary>
    private static readonly object[] SmallIntegers = [.. Enumerable.Range(SmallIntegerMin, SmallIntegerCount).Select(i => (object)(long)i)];

    private const int SmallIntegerMin = -128;

    private const int SmallIntegerCount = 4096 + 128;

    /// <summary>
    /// The integer boxed, from <see cref="SmallIntegers"/> when small: a scan reading one integer property of every
    /// entity then makes no box per entity (boxes are values: nothing compares them by reference).
    /// </summary>
    private static object BoxedInteger(long value) =>
        value >= SmallIntegerMin && value < SmallIntegerMin + SmallIntegerCount ? SmallIntegers[value - SmallIntegerMin] : value;

    private static object? Read(ref PayloadReader reader, int depth)
    {
        var start = reader.Position;
        var tag = reader.ReadByte();
        switch (tag)
        {
            case Null:
                return null;
            case False:
                return false;
            case True:
                return true;
            case Integer:
                return BoxedInteger(reader.ReadVarInt64());
            case Float:
                return reader.ReadDouble();
            case String:
                return reader.ReadString();
            case List:
                return ReadList(ref reader, depth, start);
            case Date:
                return new CypherDate(ReadDate(ref reader));
            case LocalTime:
                return new CypherLocalTime(reader.ReadVarInt64());
            case Time:
            {
                var nanos = reader.ReadVarInt64();
                return new CypherTime(nanos, reader.ReadInt32Zigzag());
            }

            case LocalDateTime:
            {
                var date = ReadDate(ref reader);
                return new CypherLocalDateTime(date, reader.ReadVarInt64());
            }

            case DateTime:
            {
                var date = ReadDate(ref reader);
                var nanos = reader.ReadVarInt64();
                var offset = reader.ReadInt32Zigzag();
                var zone = reader.ReadBoolean() ? reader.ReadString() : null;
                return new CypherDateTime(date, nanos, offset, zone);
            }

            case Duration:
            {
                var months = reader.ReadVarInt64();
                var days = reader.ReadVarInt64();
                var seconds = reader.ReadVarInt64();
                return new CypherDuration(months, days, seconds, reader.ReadInt32Zigzag());
            }

            case Point:
            {
                var srid = reader.ReadInt32Zigzag();
                var x = reader.ReadDouble();
                var y = reader.ReadDouble();
                return new CypherPoint(srid, x, y, reader.ReadBoolean() ? reader.ReadDouble() : null);
            }

            default:
                throw new PayloadFormatException($"unknown value tag {tag}", start);
        }
    }

    /// <summary>
    /// Moves past one value without making it (no string, list or boxed number), so that one property can be read out
    /// of an entity's encoding without decoding the others.
    /// </summary>
    public static void Skip(ref PayloadReader reader) => Skip(ref reader, 0);

    private static void Skip(ref PayloadReader reader, int depth)
    {
        var start = reader.Position;
        var tag = reader.ReadByte();
        switch (tag)
        {
            case Null or False or True:
                return;
            case Integer or LocalTime or Date:
                reader.ReadVarInt64();
                return;
            case Float:
                reader.ReadDouble();
                return;
            case String:
                SkipString(ref reader);
                return;
            case List:
                {
                    if (depth >= MaxListDepth)
                    {
                        throw new PayloadFormatException($"lists nested deeper than {MaxListDepth} levels", start);
                    }

                    var count = reader.ReadCount();
                    for (var i = 0; i < count; i++)
                    {
                        Skip(ref reader, depth + 1);
                    }

                    return;
                }

            case Time:
                reader.ReadVarInt64();
                reader.ReadInt32Zigzag();
                return;
            case LocalDateTime:
                reader.ReadVarInt64();
                reader.ReadVarInt64();
                return;
            case DateTime:
                reader.ReadVarInt64();
                reader.ReadVarInt64();
                reader.ReadInt32Zigzag();
                if (reader.ReadBoolean())
                {
                    SkipString(ref reader);
                }

                return;
            case Duration:
                reader.ReadVarInt64();
                reader.ReadVarInt64();
                reader.ReadVarInt64();
                reader.ReadInt32Zigzag();
                return;
            case Point:
                reader.ReadInt32Zigzag();
                reader.ReadDouble();
                reader.ReadDouble();
                if (reader.ReadBoolean())
                {
                    reader.ReadDouble();
                }

                return;
            default:
                throw new PayloadFormatException($"unknown value tag {tag}", start);
        }
    }

    private static void SkipString(ref PayloadReader reader)
    {
        var start = reader.Position;
        var byteCount = reader.ReadVarUInt64() >> 1;
        if (byteCount > int.MaxValue)
        {
            throw new PayloadFormatException($"string of {byteCount} bytes exceeds the payload", start);
        }

        reader.ReadBytes((int)byteCount);
    }

    private static List<object?> ReadList(ref PayloadReader reader, int depth, int start)
    {
        if (depth >= MaxListDepth)
        {
            throw new PayloadFormatException($"lists nested deeper than {MaxListDepth} levels", start);
        }

        var count = reader.ReadCount();
        var items = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(Read(ref reader, depth + 1));
        }

        return items;
    }

    private static CivilDate ReadDate(ref PayloadReader reader)
    {
        var start = reader.Position;
        var dayNumber = reader.ReadVarInt64();
        var date = CivilDate.FromDayNumber(dayNumber);
        return date < CivilDate.MinValue || date > CivilDate.MaxValue
            ? throw new PayloadFormatException($"day number {dayNumber} is outside the years -999999999 to +999999999", start)
            : date;
    }
}
