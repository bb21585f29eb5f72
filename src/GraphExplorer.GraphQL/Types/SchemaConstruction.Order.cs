using GraphExplorer.GraphQL.Introspection;

namespace GraphExplorer.GraphQL.Types;

internal sealed partial class SchemaConstruction
{
    /// <summary>
    /// The order of <c>__schema { types }</c>, as graphql-js's GraphQLSchema collects it (the spec leaves it open):
    /// each type the schema defines, in definition order, immediately followed by the types it is the first to
    /// reference that the schema does not define (the specified scalars); then those first referenced by directive
    /// arguments; then the introspection types, from <c>__Schema</c> depth first. References are followed through
    /// interfaces, fields then their arguments, union members and input fields.
    /// </summary>
    private List<NamedType> ReferenceOrder(IReadOnlyList<DirectiveDefinition> directives)
    {
        var introspection = new HashSet<NamedType>(IntrospectionTypes.All);
        var defined = _order.Where(t => !introspection.Contains(t) && !BuiltInScalars.Specified.Contains(t)).ToList();
        var seen = new HashSet<NamedType>(defined);
        var result = new List<NamedType>(_order.Count);

        void Visit(NamedType type, bool force)
        {
            if (!force && !seen.Add(type))
            {
                return;
            }

            result.Add(type);
            switch (type)
            {
                case UnionType union:
                    union.Types.ToList().ForEach(t => Visit(t, false));
                    break;
                case ComplexType complex:
                    complex.Interfaces.ToList().ForEach(t => Visit(t, false));
                    foreach (var field in complex.Fields)
                    {
                        Visit(field.Type.NamedType, false);
                        field.Arguments.ToList().ForEach(a => Visit(a.Type.NamedType, false));
                    }

                    break;
                case InputObjectType input:
                    input.Fields.ToList().ForEach(f => Visit(f.Type.NamedType, false));
                    break;
            }
        }

        defined.ForEach(t => Visit(t, true));
        directives.SelectMany(d => d.Arguments).ToList().ForEach(a => Visit(a.Type.NamedType, false));
        if (_types.TryGetValue("__Schema", out var schemaType))
        {
            Visit(schemaType, false);
        }

        // Anything unreachable (none in a valid schema) keeps its place at the end rather than disappearing.
        result.AddRange(_order.Where(t => !result.Contains(t)));
        return result;
    }
}
