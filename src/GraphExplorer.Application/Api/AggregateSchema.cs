using System.Text;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.Application.Api;

/// <summary>
/// The aggregation types generated for every connection of an entity type: <c>aggregate</c> on each connection over it
/// (<see cref="Connections"/>),
/// an <c>&lt;Type&gt;Aggregate</c> with the count of the filtered list and one aggregate per scalar field (numbers:
/// min, max, avg, sum; strings: min, max, shortest, longest; dates at their precision: earliest, latest), and its
/// grouped form <c>groups(by: [&lt;Type&gt;GroupKey!]!)</c>. Computed by <see cref="ListService.AggregateAsync"/>.
/// </summary>
internal static class AggregateSchema
{
    /// <summary>The shared aggregate types, written once.</summary>
    public const string SharedSdl = """
        "Aggregates of a string field over a filtered list (null when no item has the field)."
        type StringAggregate {
          "The first in code-point order."
          min: String
          "The last in code-point order."
          max: String
          "The shortest value (the first in code-point order among equals)."
          shortest: String
          "The longest value (the first in code-point order among equals)."
          longest: String
        }

        "Aggregates of a whole-number field over a filtered list (null when no item has the field)."
        type IntAggregate {
          min: Int
          max: Int
          avg: Float
          sum: Int
        }

        "Aggregates of a number field over a filtered list (null when no item has the field)."
        type FloatAggregate {
          min: Float
          max: Float
          avg: Float
          sum: Float
        }

        "The earliest and latest of a date field known to the day, month or year (null when no item is dated)."
        type PartialDateAggregate {
          "The date whose interval starts first (at equal starts, the finer: 1 June 2024 before June 2024)."
          earliest: PartialDate
          "The date whose interval ends last (at equal ends, the finer: 31 December 2025 before 2025)."
          latest: PartialDate
        }


        """;

    public static void Write(StringBuilder sdl, IReadOnlyDictionary<string, TypeDefinitionNode> declared, string typeName, FilterCatalog catalog)
    {
        if (!declared.ContainsKey("StringAggregate") && !sdl.ToString().Contains("type StringAggregate", StringComparison.Ordinal))
        {
            sdl.Append(SharedSdl.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        var fields = catalog.Fields(typeName).Where(f => AggregateType(f) is not null).ToList();
        sdl.Append($"\"Aggregates of a filtered {typeName} list: its count, each field's aggregate and grouped counts.\"\n")
            .Append($"type {typeName}Aggregate {{\n")
            .Append("  \"The number of items the filter keeps (all pages).\"\n  count: Int!\n");
        foreach (var field in fields)
        {
            sdl.Append($"  {field.Name}: {AggregateType(field)}\n");
        }

        sdl.Append($"  \"Counts per distinct combination of the keys (items without a key value are grouped under null), most items first, then by key.\"\n")
            .Append($"  groups(by: [{typeName}GroupKey!]!, first: Int = 50): [{typeName}Group!]!\n")
            .Append("}\n\n");
        sdl.Append($"\"What {typeName} items can be grouped by: a scalar field, or the year of a date.\"\n")
            .Append($"enum {typeName}GroupKey {{\n").AppendJoin("", ListAggregates.GroupKeys(catalog, typeName).Select(k => $"  {k.Name}\n")).Append("}\n\n");
        sdl.Append($"type {typeName}Group {{\n")
            .Append("  \"The group's value for each key of `by`, in order, as text (a kind as its enum name, a year as digits); null when the items have none.\"\n")
            .Append("  key: [String]!\n  count: Int!\n}\n\n");
    }

    /// <summary>Each connection's <c>aggregate</c> field, over the type of its nodes.</summary>
    public static void WriteConnectionFields(StringBuilder sdl, IEnumerable<DefinitionNode> schema, FilterCatalog catalog)
    {
        foreach (var (connection, node) in Connections(schema, catalog))
        {
            sdl.Append($"extend type {connection} {{\n")
                .Append($"  \"Aggregates over every item the filter keeps, not only this page.\"\n  aggregate: {node}Aggregate!\n}}\n\n");
        }
    }

    /// <summary>
    /// Every connection that gets an <c>aggregate</c>: each object type named <c>…Connection</c> whose <c>nodes</c> are of
    /// an entity type with a list of its own (so with an aggregate type), whatever the connection is called: the
    /// entity's own connection and any other over it (<c>EventInvolvementConnection</c>'s events), so that no list or
    /// connection lacks one. The schema generator, the resolvers and the cost weights all read it from here.
    /// </summary>
    public static IReadOnlyList<(string Connection, string Node)> Connections(IEnumerable<DefinitionNode> schema, FilterCatalog catalog)
    {
        var objects = schema.OfType<ObjectTypeDefinitionNode>().ToList();
        var names = objects.Select(o => o.Name.Value).ToHashSet(StringComparer.Ordinal);
        var aggregated = catalog.TypeNames.Where(t => Domain.GraphModel.TypeOfLabel(t) is not null && names.Contains(t + "Connection")).ToHashSet(StringComparer.Ordinal);
        return [.. objects
            .Where(o => o.Name.Value.EndsWith("Connection", StringComparison.Ordinal))
            .Select(o => (Connection: o.Name.Value, Node: o.Fields.FirstOrDefault(f => f.Name.Value == "nodes")?.Type.NamedType.Name.Value))
            .Where(c => c.Node is { } node && aggregated.Contains(node))
            .Select(c => (c.Connection, c.Node!))
            .OrderBy(c => c.Connection, StringComparer.Ordinal)];
    }

    private static string? AggregateType(CatalogField field) => field.Scalar?.Kind switch
    {
        StoredKind.String or StoredKind.Id => "StringAggregate",
        StoredKind.Int => "IntAggregate",
        StoredKind.Float => "FloatAggregate",
        StoredKind.PartialDate => "PartialDateAggregate",
        _ => null,
    };

    /// <summary>The aggregate kind of a field (what <see cref="ListAggregates"/> computes for it), or null when it has none.</summary>
    public static bool HasAggregate(CatalogField field) => AggregateType(field) is not null;
}
