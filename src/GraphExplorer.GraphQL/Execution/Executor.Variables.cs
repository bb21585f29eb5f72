using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>CoerceVariableValues (spec §6.1.2), with graphql-js's messages. Reports every invalid variable.</summary>
    internal static IReadOnlyDictionary<string, object?> CoerceVariableValues(Schema schema, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs, out List<GraphQLError> errors)
    {
        errors = [];
        if (operation.VariableDefinitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = schema.TypeFromAst(definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLErrors.VariableNotInputType(name, Printer.Print(definition.Type), definition));
                continue;
            }

            var hasValue = inputs is not null && inputs.ContainsKey(name);
            if (!hasValue)
            {
                if (definition.DefaultValue is not null)
                {
                    if (InputCoercion.TryCoerceLiteral(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(GraphQLErrors.VariableNotProvided(name, type, definition));
                }

                continue;
            }

            var value = JsonInput.Normalize(inputs![name]);
            if (value is null && type is NonNullType)
            {
                errors.Add(GraphQLErrors.VariableNull(name, type, definition));
                continue;
            }

            var variableErrors = errors;
            coerced[name] = InputCoercion.CoerceValue(value, type, (path, _, message) =>
                variableErrors.Add(GraphQLErrors.InvalidVariableValue(name, path, message, definition)));
        }

        return coerced;
    }

    /// <summary>CoerceArgumentValues (spec §6.4.1). Throws a field error for a missing or invalid argument.</summary>
    internal static IReadOnlyDictionary<string, object?> CoerceArgumentValues(FieldDefinition field, IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?> variables) =>
        CoerceArgumentValues(field.Arguments, argumentNodes, variables);

    internal static IReadOnlyDictionary<string, object?> CoerceArgumentValues(IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes, IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            ArgumentNode? argumentNode = null;
            foreach (var node in argumentNodes)
            {
                if (node.Name.Value == name)
                {
                    argumentNode = node;
                    break;
                }
            }

            var hasValue = argumentNode is not null;
            object? value = null;
            if (argumentNode?.Value is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out value);
            }

            if (!hasValue && definition.HasDefaultValue)
            {
                coerced[name] = InputCoercion.CoercedDefault(definition);
            }
            else if (definition.Type is NonNullType && (!hasValue || (argumentNode!.Value is VariableNode ? value is null : argumentNode.Value is NullValueNode)))
            {
                throw argumentNode is null
                    ? GraphQLErrors.ArgumentNotProvided(name, definition.Type)
                    : argumentNode.Value is VariableNode v && !hasValue
                        ? GraphQLErrors.ArgumentVariableNotProvided(name, definition.Type, v.Name.Value, argumentNode)
                        : GraphQLErrors.ArgumentNull(name, definition.Type, argumentNode);
            }
            else if (hasValue)
            {
                if (argumentNode!.Value is VariableNode)
                {
                    coerced[name] = value;
                }
                else if (InputCoercion.TryCoerceLiteral(argumentNode.Value, definition.Type, variables, out var literal))
                {
                    coerced[name] = literal;
                }
                else
                {
                    throw GraphQLErrors.ArgumentInvalid(name, argumentNode);
                }
            }
        }

        return coerced;
    }
}
