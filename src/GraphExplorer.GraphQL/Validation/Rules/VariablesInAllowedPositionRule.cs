using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed (spec §5.8.5, IsVariableUsageAllowed): a nullable variable may flow into a
/// non-null position only when the variable or the position has a default value.
/// </summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                // The last definition of a duplicated name wins, as in graphql-js (the duplicate itself is §5.8.1's error).
                definitions[definition.Variable.Name.Value] = definition;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                if (usage.Type is null || !definitions.TryGetValue(usage.Node.Name.Value, out var definition) ||
                    context.Schema.TypeFromAst(definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.HasLocationDefault))
                {
                    context.Report(GraphQLErrors.VariableInWrongPosition(usage.Node.Name.Value, variableType, usage.Type, definition, usage.Node));
                }
            }
        }
    }

    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
