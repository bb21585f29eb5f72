using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging (spec §5.3.2, FieldsInSetCanMerge / SameResponseShape), following graphql-js's algorithm:
/// fields with the same response key must be the same field with the same arguments unless their parents are
/// different object types, and must always have compatible response shapes. Compared fragment pairs are memoised so
/// fragment-heavy documents stay polynomial.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private sealed record FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed class FieldMap : Dictionary<string, List<FieldEntry>>
    {
        public FieldMap()
            : base(StringComparer.Ordinal)
        {
        }

        public List<string> Order { get; } = [];
    }

    /// <summary>A conflict: response key, reason (text or sub-conflicts), and the fields on each side.</summary>
    private sealed record Conflict(string ResponseName, object Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private readonly Dictionary<SelectionSetNode, (FieldMap Fields, List<string> Fragments)> _cache = [];
    private readonly HashSet<(string, string, bool)> _comparedFragmentPairs = [];
    private readonly HashSet<SelectionSetNode> _inlineFragmentSets = new(ReferenceEqualityComparer.Instance);
    private ValidationContext _context = null!;

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) => _inlineFragmentSets.Add(node.SelectionSet);

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        _context = context;
        if (_inlineFragmentSets.Contains(node))
        {
            // An inline fragment's fields are collected into the enclosing selection set, whose check already
            // compares them; checking them again would report each conflict twice (graphql-js skips them too).
            return;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(context.ParentType, node))
        {
            context.Report(GraphQLErrors.FieldsConflict(conflict.ResponseName, ReasonMessage(conflict.Reason), [.. conflict.Fields1, .. conflict.Fields2]));
        }
    }

    private static string ReasonMessage(object reason) => reason switch
    {
        string text => text,
        List<(string Name, object Reason)> subs => string.Join(" and ", subs.Select(s => $"subfields \"{s.Name}\" conflict because {ReasonMessage(s.Reason)}")),
        _ => "",
    };

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fieldMap);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i], []);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName,
        HashSet<string> visited)
    {
        if (!visited.Add(fragmentName) || _context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var (fieldMap2, fragmentNames2) = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fieldMap, fieldMap2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, name, visited);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2)
        {
            return;
        }

        var key = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2, mutuallyExclusive) : (name2, name1, mutuallyExclusive);
        if (!_comparedFragmentPairs.Add(key))
        {
            return;
        }

        if (_context.GetFragment(name1) is not { } fragment1 || _context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        var (fieldMap1, fragmentNames1) = GetReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, fragmentNames2) = GetReferencedFieldsAndFragmentNames(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name);
        }

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name, name2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive, NamedType? type1, SelectionSetNode set1, NamedType? type2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(type1, set1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(type2, set2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name, []);
        }

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name, []);
        }

        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var responseName in fieldMap.Order)
        {
            var fields = fieldMap[responseName];
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var responseName in fieldMap1.Order)
        {
            if (!fieldMap2.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in fieldMap1[responseName])
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        var mutuallyExclusive = parentsMutuallyExclusive ||
                                (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        if (!mutuallyExclusive)
        {
            var name1 = field1.Node.Name.Value;
            var name2 = field2.Node.Name.Value;
            if (name1 != name2)
            {
                return new Conflict(responseName, $"\"{name1}\" and \"{name2}\" are different fields", [field1.Node], [field2.Node]);
            }

            if (!SameArguments(field1.Node.Arguments, field2.Node.Arguments))
            {
                return new Conflict(responseName, "they have differing arguments", [field1.Node], [field2.Node]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [field1.Node], [field2.Node]);
        }

        if (field1.Node.SelectionSet is { } set1 && field2.Node.SelectionSet is { } set2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, type1?.NamedType, set1, type2?.NamedType, set2);
            if (subConflicts.Count > 0)
            {
                return new Conflict(responseName,
                    subConflicts.Select(c => (c.ResponseName, c.Reason)).ToList(),
                    [field1.Node, .. subConflicts.SelectMany(c => c.Fields1)],
                    [field2.Node, .. subConflicts.SelectMany(c => c.Fields2)]);
            }
        }

        return null;
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || Printer.Print(argument1.Value) != Printer.Print(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>SameResponseShape's type check: list/non-null wrappers must match and leaf types must be identical.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1 is ScalarType or EnumType || type2 is ScalarType or EnumType)
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    private (FieldMap Fields, List<string> Fragments) GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        GetFieldsAndFragmentNames(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private (FieldMap Fields, List<string> Fragments) GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames);
        var result = (fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private void CollectFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType or UnionType ? IntrospectionTypes.GetField(_context.Schema, parentType, field.Name.Value) : null;
                    var key = field.ResponseKey;
                    if (!fieldMap.TryGetValue(key, out var list))
                    {
                        fieldMap[key] = list = [];
                        fieldMap.Order.Add(key);
                    }

                    list.Add(new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parentType : _context.Schema.GetType(inline.TypeCondition.Name.Value);
                    CollectFieldsAndFragmentNames(type, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }
}
