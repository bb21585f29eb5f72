using System.Text;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Generates the analyst's query inputs from the schema itself, in the shape of the Neo4j GraphQL Library (v7), so
/// that none is written per type: for every entity type and the <c>Entity</c> interface (<see cref="FilterCatalog"/>)
/// a <c>&lt;Type&gt;Where</c> with an operator input per scalar field (<c>name: { containsInsensitive: "ecole" }</c>)
/// and <c>some</c>/<c>none</c>/<c>all</c>/<c>single</c> per relationship, nesting with AND/OR/NOT; the operator inputs
/// themselves; a sort value per scalar field and relationship count in each <c>…SortField</c> enum; <c>last</c>/
/// <c>before</c> (and <c>orderBy</c> where missing) on every connection field; and on every connection the
/// aggregations (<see cref="AggregateSchema"/>). What <c>schema.graphql</c> already declares is kept and only
/// completed (<c>extend</c>), so the hand-written inputs keep working. Pure: the same SDL gives the same result.
/// </summary>
public static class QuerySchemaGenerator
{
    /// <summary>The operators of each operator input, with their argument type (<c>T</c>: the filtered type).</summary>
    private static readonly IReadOnlyList<(string Input, string Type, (string Name, string Type, string? Description)[] Operators)> Operators =
    [
        (OperatorInputs.String, "String",
        [
            ("eq", "T", null), ("in", "[T!]", null), ("contains", "T", null), ("startsWith", "T", null), ("endsWith", "T", null),
            ("matches", "T", "A regular expression the whole value must match (Cypher's `=~`)."),
            ("eqInsensitive", "T", "Equal, ignoring case and accents (« Université » = \"universite\")."),
            ("containsInsensitive", "T", "Contains, ignoring case and accents."),
            ("startsWithInsensitive", "T", "Starts with, ignoring case and accents."),
            ("endsWithInsensitive", "T", "Ends with, ignoring case and accents."),
            ("isNull", "Boolean", "True: the value is absent; false: it is present."),
        ]),
        (OperatorInputs.Id, "ID",
            [("eq", "T", null), ("in", "[T!]", null), ("contains", "T", null), ("startsWith", "T", null), ("endsWith", "T", null), ("isNull", "Boolean", null)]),
        (OperatorInputs.Int, "Int", NumberOperators()),
        (OperatorInputs.Float, "Float", NumberOperators()),
        (OperatorInputs.Boolean, "Boolean", [("eq", "T", null), ("isNull", "Boolean", null)]),
        (OperatorInputs.PartialDate, "Date",
        [
            ("eq", "T", "Known to the day, and that day."),
            ("in", "[T!]", "Known to the day, and one of these days."),
            ("gt", "T", "Every day the date may stand for is after this one."),
            ("gte", "T", "Every day the date may stand for is on or after this one."),
            ("lt", "T", "Every day the date may stand for is before this one."),
            ("lte", "T", "Every day the date may stand for is on or before this one."),
            ("isNull", "Boolean", "True: the source gives no date."),
        ]),
        (OperatorInputs.StringList, "String",
        [
            ("includes", "T", "One of the strings is this one."),
            ("includesInsensitive", "T", "One of the strings is this one, ignoring case and accents."),
            ("isEmpty", "Boolean", null),
        ]),
    ];

    private static (string, string, string?)[] NumberOperators() =>
        [("eq", "T", null), ("in", "[T!]", null), ("gt", "T", null), ("gte", "T", null), ("lt", "T", null), ("lte", "T", null), ("isNull", "Boolean", null)];

    /// <summary>The schema with the generated definitions: the hand-written definitions (connection fields completed) and the generated ones.</summary>
    public static IReadOnlyList<DefinitionNode> Augment(DocumentNode schema, FilterCatalog catalog)
    {
        var generated = Parser.Parse(GeneratedSdl(schema, catalog), ParserOptions.Unbounded).Definitions;
        var orders = schema.Definitions.Concat(generated).OfType<InputObjectTypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        return [.. schema.Definitions.Select(d => d is ObjectTypeDefinitionNode o ? CompleteConnectionFields(o, orders) : d), .. generated];
    }

    /// <summary>The generated definitions as SDL (what <see cref="Augment"/> adds), for reading and for the docs.</summary>
    public static string GeneratedSdl(DocumentNode schema, FilterCatalog catalog)
    {
        var declared = schema.Definitions.OfType<TypeDefinitionNode>().ToDictionary(d => d.Name.Value, StringComparer.Ordinal);
        var sdl = new StringBuilder("# ---- Generated from the schema (Api/QuerySchemaGenerator.cs) ----\n\n");
        foreach (var (input, type, operators) in Operators)
        {
            Input(sdl, declared, input, $"Operators on a {type} field (the Neo4j GraphQL Library's filter shape).",
                operators.Select(o => (o.Name, o.Type.Replace("T", type, StringComparison.Ordinal), o.Description)));
        }

        foreach (var kindEnum in catalog.TypeNames.SelectMany(t => catalog.Fields(t)).Select(f => f.Enum).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            Input(sdl, declared, kindEnum + "Filter", $"Operators on a {kindEnum} field.",
                [("eq", kindEnum, null), ("in", $"[{kindEnum}!]", null), ("isNull", "Boolean", null)]);
        }

        foreach (var typeName in catalog.TypeNames)
        {
            var type = typeName == FilterCatalog.EntityInterface ? (EntityType?)null : GraphModel.TypeOfLabel(typeName);
            var where = FilterCatalog.WhereName(type);
            Input(sdl, declared, OperatorInputs.RelationshipFilter(type),
                $"How many of the related {typeName} entities must match: some, none, all or exactly one (single).",
                [("some", where, null), ("none", where, null), ("all", where, null), ("single", where, null)]);
            var fields = new List<(string, string, string?)>
            {
                ("AND", $"[{where}!]", null), ("OR", $"[{where}!]", null), ("NOT", where, null),
            };
            fields.AddRange(catalog.Fields(typeName).Select(f => (f.Name, OperatorInputs.Of(f), (string?)null)));
            Input(sdl, declared, where, $"A filter on {typeName} entities: every field given must hold; AND, OR and NOT nest.", fields);
            if (type is { } listed && declared.ContainsKey(typeName + "Connection"))
            {
                SortValues(sdl, declared, listed, catalog);
                AggregateSchema.Write(sdl, declared, typeName, catalog);
            }
        }

        AggregateSchema.WriteConnectionFields(sdl, schema.Definitions, catalog);
        EdgeProperties(sdl, declared);
        return sdl.ToString();
    }

    /// <summary>An input: defined when the schema has none of that name, else extended with the fields it lacks.</summary>
    private static void Input(StringBuilder sdl, IReadOnlyDictionary<string, TypeDefinitionNode> declared, string name, string description,
        IEnumerable<(string Name, string Type, string? Description)> fields)
    {
        var existing = declared.GetValueOrDefault(name) is InputObjectTypeDefinitionNode input
            ? input.Fields.Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal)
            : null;
        var missing = fields.Where(f => existing?.Contains(f.Name) != true).ToList();
        if (existing is not null && missing.Count == 0)
        {
            return;
        }

        sdl.Append(existing is null ? $"{Describe(description)}input {name} {{\n" : $"extend input {name} {{\n");
        foreach (var (field, type, about) in missing)
        {
            sdl.Append("  ").Append(Describe(about)).Append(field).Append(": ").Append(type).Append('\n');
        }

        sdl.Append("}\n\n");
    }

    /// <summary>The sort values of a list: its <c>…SortField</c> enum completed (or made, with its <c>…Order</c> input).</summary>
    private static void SortValues(StringBuilder sdl, IReadOnlyDictionary<string, TypeDefinitionNode> declared, EntityType type, FilterCatalog catalog)
    {
        var typeName = GraphModel.Label(type);
        var enumName = typeName + "SortField";
        var values = catalog.Fields(typeName).Select(FilterCatalog.SortValue).OfType<string>().ToList();
        if (declared.GetValueOrDefault(enumName) is EnumTypeDefinitionNode existing)
        {
            values = [.. values.Where(v => existing.Values.All(e => e.Name.Value != v))];
            if (values.Count > 0)
            {
                sdl.Append($"extend enum {enumName} {{\n").AppendJoin("", values.Select(v => $"  {v}\n")).Append("}\n\n");
            }

            return;
        }

        sdl.Append($"\"The sort fields of {typeName} lists: every scalar field and the count of every relationship.\"\n")
            .Append($"enum {enumName} {{\n").AppendJoin("", values.Select(v => $"  {v}\n")).Append("}\n\n");
        if (!declared.ContainsKey(typeName + "Order"))
        {
            sdl.Append($"input {typeName}Order {{\n  field: {enumName}!\n  direction: SortDirection = ASC\n}}\n\n");
        }
    }

    /// <summary>
    /// The relationship of a nested connection's item to its parent on every edge (role, dates, citations, stated or
    /// inferred); null on the edges of the Query root's lists, which have no parent. Edges that already say how their
    /// item is tied (EventInvolvementEdge) keep their own fields.
    /// </summary>
    private static void EdgeProperties(StringBuilder sdl, IReadOnlyDictionary<string, TypeDefinitionNode> declared)
    {
        (string Name, string Type, string Description)[] fields =
        [
            ("relationship", "String", "The type of the relationship that ties the item to the parent (`PARTY_TO`, `LOCATED_IN`, …); null in a list of the Query root."),
            ("role", "String", "The capacity the relationship gives (`signataire`, …), if any."),
            ("since", "PartialDate", "Since when the relationship holds, at its precision."),
            ("until", "PartialDate", "Until when it held, at its precision."),
            ("citations", "[Citation!]!", "The articles that state the relationship, each with the sentence quoted; empty in a list of the Query root."),
            ("inferred", "Boolean", "True when the source does not state the relationship in so many words (see `inferenceNote`), false when stated; null in a list of the Query root."),
            ("inferenceNote", "String", "Why the relationship was inferred; null when stated."),
        ];
        foreach (var edge in declared.Values.OfType<ObjectTypeDefinitionNode>()
                     .Where(o => o.Name.Value.EndsWith("Edge", StringComparison.Ordinal) && o.Fields.Any(f => f.Name.Value == "node")
                         && GraphModel.TypeOfLabel(o.Fields.First(f => f.Name.Value == "node").Type.NamedType.Name.Value) is not null)
                     .OrderBy(o => o.Name.Value, StringComparer.Ordinal))
        {
            var missing = fields.Where(f => edge.Fields.All(e => e.Name.Value != f.Name)).ToList();
            if (missing.Count == 0 || edge.Fields.Any(f => f.Name.Value == "roles"))
            {
                continue;
            }

            sdl.Append($"extend type {edge.Name.Value} {{\n");
            foreach (var (name, type, description) in missing)
            {
                sdl.Append("  ").Append(Describe(description)).Append(name).Append(": ").Append(type).Append('\n');
            }

            sdl.Append("}\n\n");
        }
    }

    /// <summary>Every field returning a connection gets <c>last</c>, <c>before</c> and, where its list has an order input, <c>orderBy</c>.</summary>
    private static ObjectTypeDefinitionNode CompleteConnectionFields(ObjectTypeDefinitionNode type, IReadOnlySet<string> inputs)
    {
        var changed = false;
        var fields = type.Fields.Select(field =>
        {
            var returned = field.Type.NamedType.Name.Value;
            if (!returned.EndsWith("Connection", StringComparison.Ordinal) || field.Arguments.All(a => a.Name.Value != "first"))
            {
                return field;
            }

            var node = returned[..^"Connection".Length];
            var order = (node == "EventInvolvement" ? "Event" : node) + "Order";
            var added = new List<string>();
            if (field.Arguments.All(a => a.Name.Value != "last"))
            {
                added.Add("\"The last items of the window (with `before`: the items just before it).\" last: Int");
            }

            if (field.Arguments.All(a => a.Name.Value != "before"))
            {
                added.Add("before: String");
            }

            if (field.Arguments.All(a => a.Name.Value != "orderBy") && inputs.Contains(order))
            {
                added.Add($"orderBy: [{order}!]");
            }

            if (added.Count == 0)
            {
                return field;
            }

            changed = true;
            var parsed = Parser.Parse($"type Arguments {{ f({string.Join(", ", added)}): Int }}", ParserOptions.Unbounded)
                .Definitions.OfType<ObjectTypeDefinitionNode>().Single().Fields[0].Arguments;
            return field with { Arguments = [.. field.Arguments, .. parsed] };
        }).ToList();
        return changed ? type with { Fields = fields } : type;
    }

    private static string Describe(string? description) =>
        description is null ? "" : Printer.PrintString(description) + " ";
}
