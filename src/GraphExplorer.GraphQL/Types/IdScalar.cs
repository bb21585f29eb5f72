using System.Globalization;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>ID (spec §3.5.5): serialised as a string; accepts strings and integers on input.</summary>
internal sealed class IdScalar() : ScalarType("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object Serialize(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when NumberConversions.TryGetIntegral(value, out var l) => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspect(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        string s => s,
        _ when NumberConversions.TryGetIntegral(value, out var l) => l.ToString(CultureInfo.InvariantCulture),
        double d when Math.Floor(d) == d && Math.Abs(d) < 9e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspect(value)}"),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };
}
