using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (spec §5.6.1) including the @oneOf input object rules (draft): literals must coerce to
/// their expected input type; messages as graphql-js (scalar coercion messages are reported as they are).
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private OperationDefinitionNode? _operation;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node) => _operation = node;

    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode node) => _operation = null;

    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        var type = context.InputType;
        switch (node)
        {
            case VariableNode:
                return;
            case NullValueNode:
                if (type is NonNullType)
                {
                    context.Report(GraphQLErrors.BadValue($"Expected value of type \"{type}\", found null.", node));
                }

                return;
            case ListValueNode:
                if (type is not null && type.Nullable is not ListType)
                {
                    CheckLeaf(context, node, type);
                }

                return;
            case ObjectValueNode obj:
                if (type?.NamedType is not InputObjectType inputType)
                {
                    if (type is not null)
                    {
                        CheckLeaf(context, node, type);
                    }

                    return;
                }

                foreach (var field in inputType.Fields)
                {
                    if (field.IsRequired && obj.Fields.All(f => f.Name.Value != field.Name))
                    {
                        context.Report(GraphQLErrors.BadValue($"Field \"{inputType.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node));
                    }
                }

                if (inputType.IsOneOf)
                {
                    CheckOneOf(context, obj, inputType);
                }

                return;
            default:
                if (type is not null)
                {
                    CheckLeaf(context, node, type);
                }

                return;
        }
    }

    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        if (context.InputType is null && context.ParentInputType?.NamedType is InputObjectType parent)
        {
            context.Report(GraphQLErrors.UnknownInputField(node.Name.Value, parent.Name, Suggestions.List(node.Name.Value, parent.Fields.Select(f => f.Name)), node));
        }
    }

    private void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        if (node.Fields.Count != 1)
        {
            context.Report(GraphQLErrors.BadValue($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node));
            return;
        }

        var field = node.Fields[0];
        switch (field.Value)
        {
            case NullValueNode:
                context.Report(GraphQLErrors.BadValue($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", node));
                break;
            case VariableNode variable:
                var definition = _operation?.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == variable.Name.Value);
                if (definition is not null && definition.Type is not NonNullTypeNode)
                {
                    context.Report(GraphQLErrors.BadValue($"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".", node));
                }

                break;
        }
    }

    /// <summary>graphql-js isValidValueNode: a leaf type must parse the literal.</summary>
    private static void CheckLeaf(ValidationContext context, ValueNode node, GraphQLType locationType)
    {
        var type = locationType.NamedType;
        switch (type)
        {
            case EnumType enumType:
                if (node is EnumValueNode enumValue)
                {
                    if (enumType.GetValue(enumValue.Value) is null)
                    {
                        context.Report(GraphQLErrors.BadValue(
                            $"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum." +
                            Suggestions.DidYouMean(Suggestions.List(enumValue.Value, enumType.Values.Select(v => v.Name)), "the enum value"), node));
                    }
                }
                else
                {
                    var printed = Printer.Print(node);
                    var suggestions = node is StringValueNode s ? Suggestions.List(s.Value, enumType.Values.Select(v => v.Name)) : [];
                    context.Report(GraphQLErrors.BadValue(
                        $"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}." + Suggestions.DidYouMean(suggestions, "the enum value"), node));
                }

                return;
            case ScalarType scalar:
                try
                {
                    if (HasVariables(node))
                    {
                        return;
                    }

                    scalar.ParseLiteral(node);
                }
                catch (ScalarCoercionException e)
                {
                    context.Report(GraphQLErrors.BadValue(e.Message, node));
                }
#pragma warning disable CA1031 // A custom scalar may throw anything; rules report, never throw.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    context.Report(GraphQLErrors.BadValue($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {e.Message}", node));
                }

                return;
            default:
                context.Report(GraphQLErrors.BadValue($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node));
                return;
        }
    }

    private static bool HasVariables(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(HasVariables),
        ObjectValueNode obj => obj.Fields.Any(f => HasVariables(f.Value)),
        _ => false,
    };
}
