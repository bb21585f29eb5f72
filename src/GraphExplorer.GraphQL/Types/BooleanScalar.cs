using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Boolean (spec §3.5.4).</summary>
internal sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override object Serialize(object value)
    {
        if (value is bool b)
        {
            return b;
        }

        if (NumberConversions.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspect(value)}");
    }

    public override object ParseValue(object value) =>
        value is bool b ? b : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b ? b.Value : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
}
