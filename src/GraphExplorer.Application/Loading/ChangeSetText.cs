using GraphExplorer.Application.Export;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// A <see cref="ChangeSet"/> as a steward reads it in a terminal: one line per node or relationship, <c>+</c> created,
/// <c>~</c> changed, <c>-</c> deleted, then one indented line per property (<c>name = value</c> when created or deleted,
/// <c>name: old → new</c> when changed). Values are written as Cypher literals; a string longer than
/// <see cref="LongestValue"/> characters (an article's text) is cut, saying how long it is: the JSON form
/// (<see cref="ChangeSetJson"/>) has every value whole.
/// </summary>
public static class ChangeSetText
{
    public const int LongestValue = 100;

    /// <summary>The counts, e.g. "2 nodes and 3 relationships created, 1 node changed, nothing deleted".</summary>
    public static string Summary(ChangeSet changes)
    {
        if (changes.IsEmpty)
        {
            return "no change";
        }

        var parts = new[] { ChangeKind.Created, ChangeKind.Changed, ChangeKind.Deleted }.Select(kind =>
        {
            var (nodes, relationships) = (changes.Nodes.Count(n => n.Kind == kind), changes.Relationships.Count(r => r.Kind == kind));
            var what = new[] { Count(nodes, "node"), Count(relationships, "relationship") }.Where(w => w is not null).ToList();
            return what.Count == 0 ? null : $"{string.Join(" and ", what)} {kind.ToString().ToLowerInvariant()}";
        }).Where(p => p is not null);
        return string.Join(", ", parts);
    }

    /// <summary>The lines of the diff, each without its line break, indented by <paramref name="indent"/>.</summary>
    public static IEnumerable<string> Lines(ChangeSet changes, string indent = "")
    {
        foreach (var node in changes.Nodes)
        {
            var labels = node.Kind switch
            {
                ChangeKind.Changed => Labels(node.LabelsAdded, "+") + Labels(node.LabelsRemoved, "-"),
                _ => Labels(node.Labels, ""),
            };
            yield return $"{indent}{Mark(node.Kind)} node {node.Identity}{labels}";
            foreach (var property in node.Properties)
            {
                yield return $"{indent}    {Property(property)}";
            }
        }

        foreach (var relationship in changes.Relationships)
        {
            yield return $"{indent}{Mark(relationship.Kind)} relationship {relationship.Start} -[:{CypherLiteral.Name(relationship.Type)}]-> {relationship.End}";
            foreach (var property in relationship.Properties)
            {
                yield return $"{indent}    {Property(property)}";
            }
        }
    }

    private static string? Count(int count, string noun) => count == 0 ? null : count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Mark(ChangeKind kind) => kind switch
    {
        ChangeKind.Created => "+",
        ChangeKind.Changed => "~",
        _ => "-",
    };

    private static string Labels(IReadOnlyList<string> labels, string sign) =>
        labels.Count == 0 ? "" : " " + string.Join(' ', labels.Order(StringComparer.Ordinal).Select(l => $"{sign}:{CypherLiteral.Name(l)}"));

    private static string Property(PropertyChange property) => property.Kind switch
    {
        ChangeKind.Created => $"+ {CypherLiteral.Name(property.Name)} = {Value(property.After)}",
        ChangeKind.Deleted => $"- {CypherLiteral.Name(property.Name)} = {Value(property.Before)}",
        _ => $"~ {CypherLiteral.Name(property.Name)}: {Value(property.Before)} → {Value(property.After)}",
    };

    private static string Value(object? value)
    {
        if (value is string text && text.Length > LongestValue)
        {
            return $"{CypherLiteral.Write(text[..LongestValue] + "…")} ({text.Length} characters)";
        }

        return CypherLiteral.Write(value);
    }
}
