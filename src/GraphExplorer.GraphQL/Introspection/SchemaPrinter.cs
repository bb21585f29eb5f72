using System.Text;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Introspection;

/// <summary>
/// Prints a schema as SDL exactly like graphql-js 17's <c>printSchema</c>: custom directives, then every type except
/// the specified scalars and introspection types, in schema order; the schema definition only when the root types
/// have unconventional names or the schema has a description. Stateless.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !BuiltInDirectives.IsSpecified(d)).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !BuiltInScalars.IsSpecified(t) && !IntrospectionTypes.IsIntrospectionType(t))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType.Name == "Query" &&
                          (schema.MutationType is null || schema.MutationType.Name == "Mutation") &&
                          (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new List<string> { $"  query: {schema.QueryType.Name}" };
        if (schema.MutationType is not null)
        {
            operations.Add($"  mutation: {schema.MutationType.Name}");
        }

        if (schema.SubscriptionType is not null)
        {
            operations.Add($"  subscription: {schema.SubscriptionType.Name}");
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name +
                        (s.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(s.SpecifiedByUrl)})"),
        ObjectType o => Description(o.Description) + "type " + o.Name + Implements(o) + Fields(o),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i) + Fields(i),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description) + "enum " + e.Name +
                      Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "") +
                              Block(io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unknown type {type.Name}.", nameof(type)),
    };

    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "") +
        Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(DirectiveDefinition.LocationName));

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(ComplexType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) +
               "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.DefaultValue is not null)
        {
            declaration += " = " + Printer.Print(value.DefaultValue);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var printed = IsPrintableAsBlockString(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    /// <summary>graphql-js isPrintableAsBlockString: whether a block string would read back as the same value.</summary>
    internal static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case < '\t' or '\u000B' or '\u000C' or (> '\r' and < ' '):
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
