using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// A scalar whose coercions come from a C# implementation (a bound scalar, or an optional built-in such as Date) but
/// whose description and @specifiedBy URL come from the SDL that declares it, so introspection shows what the schema's
/// authors wrote (graphql-js keeps the SDL description the same way).
/// </summary>
internal sealed class SdlDescribedScalar(ScalarType implementation, string? description, string? specifiedByUrl)
    : ScalarType(implementation.Name, description ?? implementation.Description, specifiedByUrl ?? implementation.SpecifiedByUrl)
{
    public override object Serialize(object value) => implementation.Serialize(value);

    public override object ParseValue(object value) => implementation.ParseValue(value);

    public override object ParseLiteral(ValueNode literal) => implementation.ParseLiteral(literal);
}
