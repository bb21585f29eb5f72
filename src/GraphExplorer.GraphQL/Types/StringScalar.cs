using System.Globalization;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>String (spec §3.5.3): UTF-8 text; booleans and numbers are converted on output.</summary>
internal sealed class StringScalar() : ScalarType("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object Serialize(object value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        Guid g => g.ToString(),
        Uri u => u.ToString(),
        _ when NumberConversions.TryGetNumber(value, out var number) && double.IsFinite(number) =>
            ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"String cannot represent value: {Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value as string ?? throw new ScalarCoercionException($"String cannot represent a non string value: {Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? s.Value : throw new ScalarCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
}
