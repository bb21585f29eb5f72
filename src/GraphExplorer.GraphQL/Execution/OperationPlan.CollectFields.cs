using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

internal sealed partial class OperationPlan
{
    /// <summary>
    /// CollectFields (spec §6.3.2) of the merged <paramref name="selectionSets"/> (one for a root or a single field node,
    /// several for a field group: CollectSubfields, spec §6.4.3) for <paramref name="objectType"/>. Fields the type does
    /// not define (possible only in unvalidated documents) are left out: the response omits them.
    /// </summary>
    internal SelectionSetPlan CollectFields(ObjectType objectType, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var keys = new List<string>();
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectFields(objectType, selectionSet, keys, groups, null);
        }

        var fields = new List<PlannedField>(keys.Count);
        foreach (var key in keys)
        {
            var nodes = groups[key];
            var definition = IntrospectionTypes.GetField(Schema, objectType, nodes[0].Name.Value);
            if (definition is not null)
            {
                fields.Add(new PlannedField(this, key, definition, nodes));
            }
        }

        return new SelectionSetPlan(objectType, [.. fields]);
    }

    private void CollectFields(ObjectType objectType, SelectionSetNode selectionSet, List<string> keys, Dictionary<string, List<FieldNode>> fields,
        HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives, _conditionVariables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var group))
                    {
                        fields[key] = group = [];
                        keys.Add(key);
                    }

                    group.Add(field);
                    break;

                case FragmentSpreadNode spread:
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(spread.Name.Value) ||
                        !_fragments.TryGetValue(spread.Name.Value, out var fragment) ||
                        !DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    CollectFields(objectType, fragment.SelectionSet, keys, fields, visitedFragments);
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        continue;
                    }

                    CollectFields(objectType, inline.SelectionSet, keys, fields, visitedFragments);
                    break;
            }
        }
    }

    /// <summary>@skip / @include (spec §3.13.2, §3.13.3): skip wins when both apply.</summary>
    internal static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => variables.TryGetValue(v.Name.Value, out var value) && value is true,
                _ => false,
            };
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>DoesFragmentTypeApply (spec §6.3.2).</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition) =>
        Schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType o => ReferenceEquals(o, objectType),
            InterfaceType i => objectType.Interfaces.Contains(i),
            UnionType u => u.Types.Contains(objectType),
            _ => false,
        };
}
