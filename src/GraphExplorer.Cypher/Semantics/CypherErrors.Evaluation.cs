using GraphExplorer.Database;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// The errors of compiled expressions and clauses: values of the wrong type met while a query runs (each names the
/// value's Cypher type as Execution's <c>Operations.TypeName</c> gives it), the arguments a procedure is called with,
/// and the options of a full-text index.
/// </summary>
internal static partial class CypherErrors
{
    public static CypherException PredicateNotBoolean(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"A predicate must be a Boolean, got {typeName}", at);

    public static CypherException QuantifierPredicateNotBoolean(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"A quantifier predicate must be a Boolean, got {typeName}", at);

    public static CypherException PropertyOfNonEntity(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Type mismatch: expected a map, node or relationship but was {typeName}", at);

    public static CypherException MapProjectionOfNonEntity(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Map projection needs a map, node or relationship, got {typeName}", at);

    public static CypherException LabelPredicateOfNonNode(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Label predicates need a Node, got {typeName}", at);

    public static CypherException LabelExpressionOfNonEntity(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Label expressions need a Node or Relationship, got {typeName}", at);

    public static CypherException NormalizedOfNonString(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"IS NORMALIZED expects a String, got {typeName}", at);

    public static CypherException NotAList(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Expected a List, got {typeName}", at);

    public static CypherException ListIndexNotInteger(string typeName, SyntaxNode at) =>
        TypeError("ListElementAccessByNonInteger", $"List element access needs an Integer index, got {typeName}", at);

    public static CypherException MapKeyNotString(string typeName, SyntaxNode at) =>
        TypeError("MapElementAccessByNonString", $"Map element access needs a String key, got {typeName}", at);

    public static CypherException NotSubscriptable(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Cannot index into a {typeName}", at);

    public static CypherException NotSliceable(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Slicing needs a List, got {typeName}", at);

    /// <summary>CREATE's or MERGE's property map of a node or relationship (<paramref name="entity"/>) is not a map.</summary>
    public static CypherException PropertiesNotMap(string entity, string typeName, SyntaxNode at) =>
        InvalidArgumentType($"{entity} properties must be a map, got {typeName}", at);

    /// <summary>A relationship to create starts or ends at a bound variable that holds null or no node.</summary>
    public static CypherException CreateFromNonNode(string? variable, string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Failed to create relationship, because node `{variable}` is {typeName}", at);

    public static CypherException LabelsSetOnNonNode(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"Labels can only be set on nodes, not on a {typeName}", at);

    public static CypherException ForeachOverNonList(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"FOREACH needs a List, got {typeName}", at);

    /// <summary>A procedure argument of the wrong type; <paramref name="expected"/> with its article, e.g. "an Integer".</summary>
    public static CypherException ProcedureArgumentType(string expected, string typeName, SyntaxNode at) =>
        CompileInvalidArgumentType($"Expected {expected} argument, got {typeName}", at);

    public static CypherException UpdatesInCollectSubquery(SyntaxNode at) =>
        InvalidClauseComposition("A COLLECT subquery cannot contain updating clauses", at);

    public static CypherException CollectSubqueryColumns(int count, SyntaxNode at) =>
        InvalidClauseComposition($"A COLLECT subquery must end with a RETURN clause returning exactly one column, here {count}", at);

    public static CypherException FullTextProviderUnknown(string provider, SyntaxNode at) =>
        InvalidFullTextOptions($"index provider: only '{provider}' indexes full text.", at);

    public static CypherException FullTextConfigNotMap(SyntaxNode at) =>
        InvalidFullTextOptions("index config: expected a map from String to Strings and Booleans.", at);

    public static CypherException FullTextOptionUnknown(string key, SyntaxNode at) =>
        InvalidFullTextOptions($"option '{key}': the valid options are `indexProvider` and `indexConfig`.", at);
}
