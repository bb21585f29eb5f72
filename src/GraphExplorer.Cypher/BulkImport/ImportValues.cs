using System.Globalization;
using System.Runtime.CompilerServices;
using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// Encodes a field as the stored value its column's type asks for, straight into a snapshot record (the value
/// encoding of <see cref="PropertyValueCodec"/>): Integer as <see cref="long"/>, Float as <see cref="double"/>, Boolean
/// (<c>true</c>/<c>false</c>, any case), String as written, the temporal types from Cypher's text forms (as
/// <c>date('…')</c> reads them) and Point from neo4j-admin's map form (<c>{latitude:55.6, longitude:12.9}</c>,
/// <c>{x:1, y:2, crs:cartesian}</c>); an array column splits the field at the array delimiter into a list of such
/// values. Thread-safe (stateless).
/// </summary>
internal static class ImportValues
{
    // Value tags of the snapshot's encoding (JournalFormat's "Value"), for the types written here without an object.
    private const byte FalseTag = 1;
    private const byte TrueTag = 2;
    private const byte IntegerTag = 3;
    private const byte FloatTag = 4;
    private const byte StringTag = 5;
    private const byte ListTag = 6;

    /// <summary>Appends the field's value to <paramref name="target"/>; null, or why the field is not such a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Encode(PayloadWriter target, ReadOnlySpan<char> field, ImportColumn column, char arrayDelimiter)
    {
        if (!column.IsArray)
        {
            return EncodeScalar(target, field, column.Type);
        }

        target.WriteByte(ListTag);
        target.WriteCount(field.Count(arrayDelimiter) + 1);
        foreach (var range in field.Split(arrayDelimiter))
        {
            if (EncodeScalar(target, field[range], column.Type) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? EncodeScalar(PayloadWriter target, ReadOnlySpan<char> field, ImportValueType type)
    {
        switch (type)
        {
            case ImportValueType.String:
                target.WriteByte(StringTag);
                target.WriteString(field);
                return null;
            case ImportValueType.Integer when NodeIdMap.TryParseInteger(field, out var integer):
                target.WriteByte(IntegerTag);
                target.WriteVarInt64(integer);
                return null;
            case ImportValueType.Float when double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                target.WriteByte(FloatTag);
                target.WriteDouble(number);
                return null;
            case ImportValueType.Boolean when field.Trim().Equals("true", StringComparison.OrdinalIgnoreCase):
                target.WriteByte(TrueTag);
                return null;
            case ImportValueType.Boolean when field.Trim().Equals("false", StringComparison.OrdinalIgnoreCase):
                target.WriteByte(FalseTag);
                return null;
            case ImportValueType.Integer or ImportValueType.Float or ImportValueType.Boolean:
                return $"'{field}' is not {Article(type)} {ImportHeader.TypeName(type)}";
            default:
                return EncodeObject(target, field, type);
        }
    }

    /// <summary>The temporal types and points, built as the values Cypher's functions build and encoded as those.</summary>
    private static string? EncodeObject(PayloadWriter target, ReadOnlySpan<char> field, ImportValueType type)
    {
        var text = field.ToString();
        try
        {
            object value = type switch
            {
                ImportValueType.Date => Execution.Values.Temporal.ParseDate(text),
                ImportValueType.LocalTime => Execution.Values.Temporal.ParseLocalTime(text),
                ImportValueType.Time => Execution.Values.Temporal.ParseTime(text),
                ImportValueType.LocalDateTime => Execution.Values.Temporal.ParseLocalDateTime(text),
                ImportValueType.DateTime => Execution.Values.Temporal.ParseDateTime(text),
                ImportValueType.Duration => Execution.Values.Temporal.ParseDuration(text),
                ImportValueType.Point => ImportPointText.Parse(text),
                _ => throw new System.Diagnostics.UnreachableException($"{type} is not a value type of an import column."),
            };
            PropertyValueCodec.Write(target, value);
            return null;
        }
        catch (Exception e) when (e is CypherException or FormatException or OverflowException or ArgumentException)
        {
            // A point's refusal says which rule the map breaks; a temporal's only repeats that the text is not one.
            var reason = type == ImportValueType.Point ? $": {e.Message}" : "";
            return $"'{field}' is not {Article(type)} {ImportHeader.TypeName(type)}{reason}";
        }
    }

    private static string Article(ImportValueType type) =>
        type is ImportValueType.Integer or ImportValueType.LocalTime or ImportValueType.LocalDateTime ? "an" : "a";
}
