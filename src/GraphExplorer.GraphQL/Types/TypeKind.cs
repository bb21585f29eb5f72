namespace GraphExplorer.GraphQL.Types;

/// <summary>The kinds of spec §4.2.3 <c>__TypeKind</c>.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
