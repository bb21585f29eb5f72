using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation;

/// <summary>
/// What rules see while the document is walked: the schema and document, the type information of the current
/// position (graphql-js TypeInfo) and the variable usages collected per definition. Not thread-safe; one per validation.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntaxNode, List<VariableUsage>> _usages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = [];

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            // A duplicated name (§5.5.1.1's error) resolves to the last definition, as graphql-js's getFragment does.
            _fragments[fragment.Name.Value] = fragment;
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    /// <summary>First definition of each fragment name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _fragments;

    public IReadOnlyList<GraphQLError> Errors => _errors;

    // ---- type information of the current position ----

    /// <summary>The composite type whose selection set is being walked (null when unknown).</summary>
    public NamedType? ParentType { get; internal set; }

    /// <summary>The definition of the current field (null when unknown).</summary>
    public FieldDefinition? FieldDefinition { get; internal set; }

    /// <summary>The output type of the current field.</summary>
    public GraphQLType? Type { get; internal set; }

    public DirectiveDefinition? Directive { get; internal set; }

    public InputValueDefinition? Argument { get; internal set; }

    /// <summary>The field or directive node whose arguments are being walked.</summary>
    public SyntaxNode? ArgumentOwner { get; internal set; }

    /// <summary>The expected input type of the current value (null when unknown).</summary>
    public GraphQLType? InputType { get; internal set; }

    /// <summary>The input type of the enclosing list or input object value.</summary>
    public GraphQLType? ParentInputType { get; internal set; }

    /// <summary>Whether the current input position (argument or input field) has a default value.</summary>
    public bool InputHasDefault { get; internal set; }

    /// <summary>The operation or fragment definition being walked.</summary>
    public ExecutableDefinitionNode? CurrentDefinition { get; internal set; }

    public void Report(GraphQLError error) => _errors.Add(error);

    public FragmentDefinitionNode? GetFragment(string name) => Fragments.GetValueOrDefault(name);

    internal void AddVariableUsage(VariableUsage usage)
    {
        if (CurrentDefinition is null)
        {
            return;
        }

        if (!_usages.TryGetValue(CurrentDefinition, out var list))
        {
            _usages[CurrentDefinition] = list = [];
        }

        list.Add(usage);
    }

    /// <summary>Variable usages directly inside an operation or fragment definition (with their expected types).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) =>
        _usages.GetValueOrDefault(definition) ?? (IReadOnlyList<VariableUsage>)[];

    /// <summary>Usages in an operation and every fragment it references, transitively (spec §5.8.3).</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation) =>
        GetVariableUsages(operation).Concat(GetRecursivelyReferencedFragments(operation).SelectMany(GetVariableUsages)).ToList();

    /// <summary>Fragment spreads directly in a selection set (not inside spread fragments).</summary>
    public static List<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>();
        stack.Push(selectionSet);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } set }:
                        stack.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return spreads;
    }

    /// <summary>Every fragment reachable from the operation through spreads (each once; unknown names skipped).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var result = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(toVisit.Pop()))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    result.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = result;
        return result;
    }
}
