using System.Globalization;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// A scalar type (spec §3.5) with its three coercions: result coercion (<see cref="Serialize"/>), input coercion of
/// variable values (<see cref="ParseValue"/>) and of literals (<see cref="ParseLiteral"/>). Each throws
/// <see cref="ScalarCoercionException"/> for values it cannot represent. Never called with null.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name, string? description, string? specifiedByUrl = null)
        : base(name, description, null)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (@specifiedBy), if any.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Result coercion: the resolver's value to a JSON-serialisable value.</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a (non-null) variable value.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a (non-null, non-variable) literal.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>graphql-js's inspect() for error messages: strings quoted, others as literals.</summary>
    protected static string Inspect(object? value) => value is ValueNode node ? Printer.Print(node) : InputCoercion.Inspect(value);
}
