using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (spec §5.6.1) including the @oneOf input object rules (draft): literals must coerce to
/// their expected input type; messages as graphql-js (scalar coercion messages are reported as they are).
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
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
                    context.Report(GraphQLErrors.NullForNonNull(type, node));
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
                        context.Report(GraphQLErrors.MissingInputField(inputType.Name, field.Name, obj));
                    }
                }

                foreach (var field in obj.Fields.Where(f => inputType.GetField(f.Name.Value) is null))
                {
                    context.Report(GraphQLErrors.UnknownInputField(
                        inputType.Name, Suggestions.List(field.Name.Value, inputType.Fields.Select(f => f.Name)), field, obj));
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

    /// <summary>
    /// @oneOf (draft §3.10.1): exactly one known field, whose literal is not null. A variable's nullability is not
    /// judged here: as in graphql-js 17, a null or missing runtime value is an argument error at execution.
    /// </summary>
    private static void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        var known = node.Fields.Where(f => type.GetField(f.Name.Value) is not null).ToList();
        if (known.Count != 1 || known[0].Value is NullValueNode)
        {
            context.Report(GraphQLErrors.OneOfNotExactlyOne(type.Name, node));
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
                    context.Report(GraphQLErrors.BadValue(GraphQLErrors.ScalarErrorMessage(locationType.NamedType.Name, e.Message, Printer.Print(node)), node));
                }

                return;
            case InputObjectType input:
                context.Report(GraphQLErrors.NotAnInputObject(input.Name, node));
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
