using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Bolt.Values;

/// <summary>
/// Turns query parameters read from PackStream into Cypher values (the <see cref="CypherValues"/> mapping): temporal
/// and spatial structures become the records of <see cref="Database.Values"/>. A value the database cannot take
/// (a node, relationship or path as a parameter, a byte array, an unknown structure, an unknown time zone) fails the
/// query with a TypeError naming the parameter, as Neo4j does.
/// </summary>
internal static class BoltValueDecoder
{
    public static IReadOnlyDictionary<string, object?> DecodeParameters(IReadOnlyDictionary<string, object?> parameters)
    {
        var result = new Dictionary<string, object?>(parameters.Count, StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            result[name] = Decode(value, name);
        }

        return result;
    }

    private static object? Decode(object? value, string parameter) => value switch
    {
        null or bool or long or double or string => value,
        byte[] => throw Unsupported(parameter, "a byte array: this database has no byte array values"),
        List<object?> list => list.Select(item => Decode(item, parameter)).ToList(),
        Dictionary<string, object?> map => map.ToDictionary(e => e.Key, e => Decode(e.Value, parameter), StringComparer.Ordinal),
        PackStreamStructure structure => DecodeStructure(structure, parameter),
        _ => throw Unsupported(parameter, $"a value of type {value.GetType().Name}"),
    };

    private static object DecodeStructure(PackStreamStructure structure, string parameter)
    {
        try
        {
            return structure.Tag switch
            {
                StructureTag.Date => new CypherDate(TemporalWire.DateFromEpochDays(Integer(structure, 0, 1))),
                StructureTag.LocalTime => new CypherLocalTime(NanosecondOfDay(Integer(structure, 0, 1))),
                StructureTag.Time => new CypherTime(NanosecondOfDay(Integer(structure, 0, 2)), checked((int)Integer(structure, 1, 2))),
                StructureTag.LocalDateTime => LocalDateTime(Integer(structure, 0, 2), Integer(structure, 1, 2)),
                StructureTag.DateTime => DateTimeWithOffset(Integer(structure, 0, 3), Integer(structure, 1, 3), checked((int)Integer(structure, 2, 3))),
                StructureTag.DateTimeZoneId => DateTimeWithZone(Integer(structure, 0, 3), Integer(structure, 1, 3), Text(structure, 2, 3)),
                StructureTag.Duration => Duration(Integer(structure, 0, 4), Integer(structure, 1, 4), Integer(structure, 2, 4), Integer(structure, 3, 4)),
                StructureTag.Point2D => new CypherPoint(checked((int)Integer(structure, 0, 3)), Float(structure, 1, 3), Float(structure, 2, 3)),
                StructureTag.Point3D => new CypherPoint(checked((int)Integer(structure, 0, 4)), Float(structure, 1, 4), Float(structure, 2, 4), Float(structure, 3, 4)),
                StructureTag.Node or StructureTag.Relationship or StructureTag.UnboundRelationship or StructureTag.Path =>
                    throw Unsupported(parameter, "a node, relationship or path: pass its element id or properties instead"),
                _ => throw Unsupported(parameter, $"a structure with the unknown tag 0x{structure.Tag:X2}"),
            };
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidCastException or TimeZoneNotFoundException)
        {
            throw new CypherException(CypherErrorKind.TypeError, CypherErrorPhase.CompileTime, "InvalidParameterValue",
                $"Parameter ${parameter} holds an invalid {TagName(structure.Tag)}: {e.Message}");
        }
    }

    private static CypherLocalDateTime LocalDateTime(long seconds, long nanos)
    {
        var (date, nanosecondOfDay) = TemporalWire.FromEpochSeconds(seconds, Nanos(nanos));
        return new CypherLocalDateTime(date, nanosecondOfDay);
    }

    private static CypherDateTime DateTimeWithOffset(long utcSeconds, long nanos, int offsetSeconds)
    {
        var (date, nanosecondOfDay) = TemporalWire.FromEpochSeconds(utcSeconds + offsetSeconds, Nanos(nanos));
        return new CypherDateTime(date, nanosecondOfDay, offsetSeconds, null);
    }

    /// <summary>The offset is the zone's at that instant, from the system's IANA time zone data.</summary>
    private static CypherDateTime DateTimeWithZone(long utcSeconds, long nanos, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var offset = (int)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(utcSeconds)).TotalSeconds;
        var (date, nanosecondOfDay) = TemporalWire.FromEpochSeconds(utcSeconds + offset, Nanos(nanos));
        return new CypherDateTime(date, nanosecondOfDay, offset, zoneId);
    }

    /// <summary>Bolt lets the nanoseconds carry a sign; the database keeps them in 0..999,999,999 with the sign in the seconds.</summary>
    private static CypherDuration Duration(long months, long days, long seconds, long nanos)
    {
        var carry = Math.DivRem(nanos, TemporalWire.NanosPerSecond, out var rest);
        if (rest < 0)
        {
            carry--;
            rest += TemporalWire.NanosPerSecond;
        }

        return new CypherDuration(months, days, checked(seconds + carry), (int)rest);
    }

    private static long NanosecondOfDay(long value) =>
        value is >= 0 and < TemporalWire.SecondsPerDay * TemporalWire.NanosPerSecond
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A time of day must lie in 0 to 86,399,999,999,999 nanoseconds.");

    private static long Nanos(long value) =>
        value is >= 0 and < TemporalWire.NanosPerSecond
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Nanoseconds must lie in 0 to 999,999,999.");

    private static long Integer(PackStreamStructure structure, int index, int size) =>
        Field(structure, index, size) as long? ?? throw new InvalidCastException($"field {index} must be an integer.");

    private static double Float(PackStreamStructure structure, int index, int size) =>
        Field(structure, index, size) switch
        {
            double d => d,
            long l => l,
            _ => throw new InvalidCastException($"field {index} must be a float."),
        };

    private static string Text(PackStreamStructure structure, int index, int size) =>
        Field(structure, index, size) as string ?? throw new InvalidCastException($"field {index} must be a string.");

    private static object? Field(PackStreamStructure structure, int index, int size) =>
        structure.Fields.Count == size
            ? structure.Fields[index]
            : throw new ArgumentException($"it has {structure.Fields.Count} fields where {size} are expected.");

    private static string TagName(byte tag) => tag switch
    {
        StructureTag.Date => "Date",
        StructureTag.LocalTime => "LocalTime",
        StructureTag.Time => "Time",
        StructureTag.LocalDateTime => "LocalDateTime",
        StructureTag.DateTime or StructureTag.DateTimeZoneId => "DateTime",
        StructureTag.Duration => "Duration",
        StructureTag.Point2D or StructureTag.Point3D => "Point",
        _ => $"structure 0x{tag:X2}",
    };

    private static CypherException Unsupported(string parameter, string what) =>
        new(CypherErrorKind.TypeError, CypherErrorPhase.CompileTime, "UnsupportedParameterType", $"Parameter ${parameter} is {what}.");
}
