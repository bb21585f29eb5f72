using System.Globalization;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Float (spec §3.5.2): a finite double-precision number.</summary>
internal sealed class FloatScalar() : ScalarType("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object Serialize(object value)
    {
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        if ((NumberConversions.TryGetNumber(value, out var number) || (value is string s && NumberConversions.TryParseNumber(s, out number)))
            && double.IsFinite(number))
        {
            return number;
        }

        throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspect(value)}");
    }

    public override object ParseValue(object value)
    {
        if (value is not bool && NumberConversions.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspect(value)}");
    }

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f when double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => throw new ScalarCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };
}
