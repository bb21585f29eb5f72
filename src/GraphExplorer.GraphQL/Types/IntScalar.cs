using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Int (spec §3.5.1): a signed 32-bit integer.</summary>
internal sealed class IntScalar() : ScalarType("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object Serialize(object value)
    {
        double number;
        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        if (NumberConversions.TryGetIntegral(value, out var integral))
        {
            return InRange(integral, value);
        }

        if (value is string s && NumberConversions.TryParseNumber(s, out number))
        {
            // graphql-js accepts numeric strings on output.
        }
        else if (!NumberConversions.TryGetNumber(value, out number))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect(value)}");
        }

        if (!double.IsFinite(number) || Math.Floor(number) != number)
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect(value)}");
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}");
        }

        return (int)number;
    }

    public override object ParseValue(object value)
    {
        if (NumberConversions.TryGetIntegral(value, out var integral))
        {
            return InRange(integral, value);
        }

        if (value is not bool && value is not string && NumberConversions.TryGetNumber(value, out var number) &&
            double.IsFinite(number) && Math.Floor(number) == number)
        {
            if (number > int.MaxValue || number < int.MinValue)
            {
                throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}");
            }

            return (int)number;
        }

        throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect(value)}");
    }

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!int.TryParse(intValue.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var result))
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    private static int InRange(long integral, object original) =>
        integral is > int.MaxValue or < int.MinValue
            ? throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(original)}")
            : (int)integral;
}
