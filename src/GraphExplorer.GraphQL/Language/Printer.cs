using System.Globalization;
using System.Text;

namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// Prints syntax trees back to GraphQL text with graphql-js's <c>print</c> layout (version 17: two-space indent,
/// arguments wrapped past 80 characters, object values as <c>{ a: 1 }</c>, block strings per printBlockString), so
/// <c>Print(Parse(x))</c> matches graphql-js output.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node) => node switch
    {
        NameNode n => n.Value,
        DocumentNode d => Join(d.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode o => PrintOperation(o),
        VariableDefinitionNode v => Print(v.Variable) + ": " + Print(v.Type) + Wrap(" = ", Opt(v.DefaultValue)) + Wrap(" ", Directives(v.Directives)),
        SelectionSetNode s => Block(s.Selections.Select(Print)),
        FieldNode f => PrintField(f),
        ArgumentNode a => a.Name.Value + ": " + Print(a.Value),
        FragmentSpreadNode fs => "..." + fs.Name.Value + Wrap(" ", Directives(fs.Directives)),
        InlineFragmentNode i => Join(["...", Wrap("on ", Opt(i.TypeCondition)), Directives(i.Directives), Print(i.SelectionSet)], " "),
        FragmentDefinitionNode fd =>
            $"fragment {fd.Name.Value} on {Print(fd.TypeCondition)} {Wrap("", Directives(fd.Directives), " ")}{Print(fd.SelectionSet)}",
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => s.Block ? BlockString.Print(s.Value) : PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + Join(l.Values.Select(Print), ", ") + "]",
        ObjectValueNode o => "{ " + Join(o.Fields.Select(Print), ", ") + " }",
        ObjectFieldNode of => of.Name.Value + ": " + Print(of.Value),
        DirectiveNode d => "@" + d.Name.Value + Wrap("(", Join(d.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode l => "[" + Print(l.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        _ => PrintTypeSystem(node),
    };

    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode s => Desc(s.Description) + Join(["schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode o => OperationName(o.Operation) + ": " + Print(o.Type),
        ScalarTypeDefinitionNode s => Desc(s.Description) + Join(["scalar", s.Name.Value, Directives(s.Directives)], " "),
        ObjectTypeDefinitionNode o => Desc(o.Description) + Join(
            ["type", o.Name.Value, Wrap("implements ", Join(o.Interfaces.Select(Print), " & ")), Directives(o.Directives), Block(o.Fields.Select(Print))], " "),
        FieldDefinitionNode f => Desc(f.Description) + f.Name.Value + ArgumentDefinitions(f.Arguments) + ": " + Print(f.Type) + Wrap(" ", Directives(f.Directives)),
        InputValueDefinitionNode i => Desc(i.Description) + Join([i.Name.Value + ": " + Print(i.Type), Wrap("= ", Opt(i.DefaultValue)), Directives(i.Directives)], " "),
        InterfaceTypeDefinitionNode i => Desc(i.Description) + Join(
            ["interface", i.Name.Value, Wrap("implements ", Join(i.Interfaces.Select(Print), " & ")), Directives(i.Directives), Block(i.Fields.Select(Print))], " "),
        UnionTypeDefinitionNode u => Desc(u.Description) + Join(["union", u.Name.Value, Directives(u.Directives), Wrap("= ", Join(u.Types.Select(Print), " | "))], " "),
        EnumTypeDefinitionNode e => Desc(e.Description) + Join(["enum", e.Name.Value, Directives(e.Directives), Block(e.Values.Select(Print))], " "),
        EnumValueDefinitionNode v => Desc(v.Description) + Join([v.Name.Value, Directives(v.Directives)], " "),
        InputObjectTypeDefinitionNode i => Desc(i.Description) + Join(["input", i.Name.Value, Directives(i.Directives), Block(i.Fields.Select(Print))], " "),
        DirectiveDefinitionNode d => Desc(d.Description) + "directive @" + d.Name.Value + ArgumentDefinitions(d.Arguments) +
            (d.Directives.Count > 0 ? " " + Directives(d.Directives) : "") + (d.Repeatable ? " repeatable" : "") + " on " + Join(d.Locations.Select(l => l.Value), " | "),
        SchemaExtensionNode s => Join(["extend schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode s => Join(["extend scalar", s.Name.Value, Directives(s.Directives)], " "),
        ObjectTypeExtensionNode o => Join(
            ["extend type", o.Name.Value, Wrap("implements ", Join(o.Interfaces.Select(Print), " & ")), Directives(o.Directives), Block(o.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode i => Join(
            ["extend interface", i.Name.Value, Wrap("implements ", Join(i.Interfaces.Select(Print), " & ")), Directives(i.Directives), Block(i.Fields.Select(Print))], " "),
        UnionTypeExtensionNode u => Join(["extend union", u.Name.Value, Directives(u.Directives), Wrap("= ", Join(u.Types.Select(Print), " | "))], " "),
        EnumTypeExtensionNode e => Join(["extend enum", e.Name.Value, Directives(e.Directives), Block(e.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode i => Join(["extend input", i.Name.Value, Directives(i.Directives), Block(i.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Invalid AST Node: {node.GetType().Name}.", nameof(node)),
    };

    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOperation(OperationDefinitionNode o)
    {
        var variables = Wrap("(", Join(o.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join([OperationName(o.Operation), Join([o.Name?.Value, variables], ""), Directives(o.Directives)], " ");
        // Anonymous queries without directives or variables use the shorthand.
        return (prefix == "query" ? "" : prefix + " ") + Print(o.SelectionSet);
    }

    private static string PrintField(FieldNode f)
    {
        var prefix = Wrap("", f.Alias?.Value, ": ") + f.Name.Value;
        var arguments = f.Arguments.Select(Print).ToList();
        var argumentsLine = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([argumentsLine, Directives(f.Directives), Opt(f.SelectionSet)], " ");
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Desc(StringValueNode? description) => description is null ? "" : Print(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string? Opt(SyntaxNode? node) => node is null ? null : Print(node);

    private static string Join(IEnumerable<string?> parts, string separator) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string? value, string end = "") => string.IsNullOrEmpty(value) ? "" : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    /// <summary>A double-quoted string with graphql-js's escapes (control characters as \uXXXX, \b \t \n \f \r \" \\).</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
