using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL without a C# implementation: values pass through unchanged, literals become plain CLR
/// values (like graphql-js's default scalar). Supply delegates to customise.
/// </summary>
public sealed class CustomScalar : ScalarType
{
    private readonly Func<object, object>? _serialize;
    private readonly Func<object, object>? _parseValue;
    private readonly Func<ValueNode, object>? _parseLiteral;

    public CustomScalar(string name, string? description = null, string? specifiedByUrl = null,
        Func<object, object>? serialize = null, Func<object, object>? parseValue = null, Func<ValueNode, object>? parseLiteral = null)
        : base(name, description, specifiedByUrl)
    {
        _serialize = serialize;
        _parseValue = parseValue;
        _parseLiteral = parseLiteral;
    }

    public override object Serialize(object value) => _serialize is null ? value : _serialize(value);

    public override object ParseValue(object value) => _parseValue is null ? value : _parseValue(value);

    public override object ParseLiteral(ValueNode literal) =>
        _parseLiteral is not null ? _parseLiteral(literal) : ValueFromAstUntyped(literal) ?? throw new ScalarCoercionException($"{Name} cannot represent null literal.");

    /// <summary>graphql-js valueFromASTUntyped for a variable-free literal.</summary>
    public static object? ValueFromAstUntyped(ValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var l) ? (object)l : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(ValueFromAstUntyped).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ValueFromAstUntyped(f.Value)),
        _ => throw new ScalarCoercionException($"{Printer.Print(literal)} is not a constant value."),
    };
}
