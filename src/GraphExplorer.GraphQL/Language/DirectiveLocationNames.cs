namespace GraphExplorer.GraphQL.Language;

/// <summary>The directive locations of spec §3.13 (ExecutableDirectiveLocation and TypeSystemDirectiveLocation).</summary>
public static class DirectiveLocationNames
{
    public static readonly IReadOnlyList<string> Executable =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
    ];

    public static readonly IReadOnlyList<string> TypeSystem =
    [
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE",
        "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly HashSet<string> All = [.. Executable, .. TypeSystem];

    public static bool IsKnown(string name) => All.Contains(name);
}
