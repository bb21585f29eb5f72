using System.Runtime.CompilerServices;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The execution plan of one operation of a document against one schema: the CollectFields results (spec §6.3.2) of
/// every selection set per runtime object type, the field definitions they resolve to and the argument values that
/// contain no variables, built lazily as execution reaches them and kept for the next execution of the same document.
/// <para>
/// A plan is cached with its operation node (a <see cref="ConditionalWeakTable{TKey,TValue}"/>, so it lives as long as
/// the parsed document, e.g. in the <see cref="DocumentCache"/>) unless a <c>@skip</c>/<c>@include</c> condition reads a
/// variable: field collection then depends on the request, and such a plan serves one execution only.
/// </para>
/// Thread-safe: lazily built parts are immutable once published, and racing builders produce equivalent parts.
/// </summary>
internal sealed partial class OperationPlan
{
    private static readonly ConditionalWeakTable<OperationDefinitionNode, OperationPlan> Cache = new();

    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, object?> _conditionVariables;
    private SelectionSetPlan? _root;

    private OperationPlan(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        DependsOnVariables = HasVariableConditions(operation.SelectionSet) || _fragments.Values.Any(f => HasVariableConditions(f.SelectionSet));
        _conditionVariables = DependsOnVariables ? variables : Executor.NoArguments;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    /// <summary>True when a <c>@skip</c>/<c>@include</c> condition reads a variable: the plan is then for one request.</summary>
    public bool DependsOnVariables { get; }

    /// <summary>The cached plan of <paramref name="operation"/>, or a new one (cached unless it depends on variables).</summary>
    public static OperationPlan For(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        if (Cache.TryGetValue(operation, out var cached) && ReferenceEquals(cached.Schema, schema) && ReferenceEquals(cached.Document, document))
        {
            return cached;
        }

        var plan = new OperationPlan(schema, document, operation, variables);
        if (!plan.DependsOnVariables)
        {
            Cache.AddOrUpdate(operation, plan);
        }

        return plan;
    }

    /// <summary>The root selection set's plan for the root operation type.</summary>
    public SelectionSetPlan Root(ObjectType rootType)
    {
        var root = Volatile.Read(ref _root);
        if (root is null || !ReferenceEquals(root.Type, rootType))
        {
            root = CollectFields(rootType, [Operation.SelectionSet]);
            Volatile.Write(ref _root, root);
        }

        return root;
    }

    private static bool HasVariableConditions(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => a.Value is VariableNode))
                {
                    return true;
                }
            }

            var nested = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (nested is not null && HasVariableConditions(nested))
            {
                return true;
            }
        }

        return false;
    }
}
