using System.Collections.Frozen;
using GraphExplorer.Application.Domain;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.Application.Listing;

/// <summary>A field of an entity that filters, sorts and aggregates: a stored scalar or a relationship.</summary>
/// <param name="Enum">For a kind, the GraphQL enum it is shown as (its filter is <c>&lt;Enum&gt;Filter</c>).</param>
public sealed record CatalogField(string Name, StoredScalar? Scalar, StoredRelationship? Relationship, string? Enum = null);

/// <summary>
/// The filterable, sortable and aggregatable fields of every entity type and of the <c>Entity</c> interface, read from
/// the schema itself: every non-deprecated field of an entity object type whose GraphQL type is a scalar, a list of
/// strings, a kind enum or a date at its precision (<c>PartialDate</c>) becomes a stored scalar, and every field
/// leading to entities whose pattern <see cref="EntityFields"/> knows becomes a relationship. A field the hand-written
/// where input already declares (<c>OrganizationWhere.country</c>, …) keeps its hand-written meaning, except when
/// it is declared with the generated operator type itself (<c>FactWhere.year: IntFilter</c>). So a field added to an
/// entity type in <c>schema.graphql</c> is filterable, sortable and aggregatable without code. Immutable, thread-safe.
/// </summary>
public sealed class FilterCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, CatalogField>> fields;

    private FilterCatalog(Dictionary<string, FrozenDictionary<string, CatalogField>> fields) => this.fields = fields.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name the <c>Entity</c> interface has in the catalog (its where input is <c>EntityWhere</c>).</summary>
    public const string EntityInterface = "Entity";

    /// <summary>The catalog of the explorer's schema (<c>Api/schema.graphql</c>).</summary>
    public static FilterCatalog Explorer { get; } = FromSchema(Parser.Parse(Api.ExplorerSchema.Sdl, ParserOptions.Unbounded));

    /// <summary>The GraphQL type names the catalog covers: the entity object types, then <see cref="EntityInterface"/>.</summary>
    public IEnumerable<string> TypeNames => fields.Keys.Order(StringComparer.Ordinal);

    /// <summary>The fields of a type name (an entity object type or <see cref="EntityInterface"/>), in schema order.</summary>
    public IReadOnlyList<CatalogField> Fields(string typeName) =>
        fields.TryGetValue(typeName, out var map) ? [.. map.Values] : [];

    /// <summary>Whether some type's where input has a generated field of that name (what a where read without its type can check).</summary>
    public bool IsFieldOfSomeType(string name) => fields.Values.Any(map => map.ContainsKey(name));

    public CatalogField? Field(EntityType? type, string name) =>
        fields.GetValueOrDefault(TypeName(type))?.GetValueOrDefault(name);

    public static string TypeName(EntityType? type) => type is { } t ? GraphModel.Label(t) : EntityInterface;

    /// <summary>The where input of a type name: <c>OrganizationWhere</c>, …, <c>EntityWhere</c>.</summary>
    public static string WhereName(EntityType? type) => TypeName(type) + "Where";

    /// <summary>
    /// The sort field a catalog field gives its list's <c>…SortField</c> enum: its name in upper snake case
    /// (<c>nameOriginal</c> → <c>NAME_ORIGINAL</c>), and for a relationship the count of related entities
    /// (<c>sectors</c> → <c>SECTORS_COUNT</c>); null for a list of strings, which has no order.
    /// </summary>
    public static string? SortValue(CatalogField field) => field switch
    {
        { Relationship: not null } => UpperSnake(field.Name) + "_COUNT",
        { Scalar.Kind: StoredKind.StringList } => null,
        _ => UpperSnake(field.Name),
    };

    private static string UpperSnake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));

    public static FilterCatalog FromSchema(DocumentNode schema)
    {
        var definitions = schema.Definitions.OfType<TypeDefinitionNode>().ToDictionary(d => d.Name.Value, StringComparer.Ordinal);
        var declaredWhere = schema.Definitions.OfType<InputObjectTypeDefinitionNode>()
            .ToDictionary(d => d.Name.Value, d => d.Fields.ToDictionary(f => f.Name.Value, f => f.Type.NamedType.Name.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        var result = new Dictionary<string, FrozenDictionary<string, CatalogField>>(StringComparer.Ordinal);
        foreach (var definition in definitions.Values)
        {
            EntityType? type;
            IReadOnlyList<FieldDefinitionNode> typeFields;
            switch (definition)
            {
                case ObjectTypeDefinitionNode o when GraphModel.TypeOfLabel(o.Name.Value) is { } entityType:
                    type = entityType;
                    typeFields = o.Fields;
                    break;
                case InterfaceTypeDefinitionNode i when i.Name.Value == EntityInterface:
                    type = null;
                    typeFields = i.Fields;
                    break;
                default:
                    continue;
            }

            var declared = declaredWhere.GetValueOrDefault(WhereName(type)) ?? [];
            var map = new Dictionary<string, CatalogField>(StringComparer.Ordinal);
            foreach (var field in typeFields.Where(f => !f.Directives.Any(d => d.Name.Value == "deprecated")))
            {
                if (Classify(type, field, definitions) is not { } entry)
                {
                    continue;
                }

                if (declared.TryGetValue(entry.Name, out var declaredType) && declaredType != OperatorInputs.Of(entry))
                {
                    continue;
                }

                map[entry.Name] = entry;
            }

            result[TypeName(type)] = map.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return new FilterCatalog(result);
    }

    private static CatalogField? Classify(EntityType? type, FieldDefinitionNode field, IReadOnlyDictionary<string, TypeDefinitionNode> definitions)
    {
        var name = field.Name.Value;
        var named = field.Type.NamedType.Name.Value;
        var isList = field.Type is ListTypeNode || field.Type is NonNullTypeNode { Type: ListTypeNode };
        StoredKind? scalar = named switch
        {
            "String" => isList ? StoredKind.StringList : StoredKind.String,
            "ID" when !isList => StoredKind.Id,
            "Int" when !isList => StoredKind.Int,
            "Float" when !isList => StoredKind.Float,
            "Boolean" when !isList => StoredKind.Boolean,
            _ => null,
        };
        if (scalar is { } kind)
        {
            return new CatalogField(name, EntityFields.Scalar(type, name, kind), null);
        }

        if (definitions.GetValueOrDefault(named) is EnumTypeDefinitionNode && name == "kind" && !isList)
        {
            return new CatalogField(name, EntityFields.Scalar(type, name, StoredKind.Kind), null, named);
        }

        if (EntityFields.DeclaredScalar(type, name) is { Kind: StoredKind.PartialDate } date && named == "PartialDate")
        {
            return new CatalogField(name, date, null);
        }

        return definitions.GetValueOrDefault(named) is ObjectTypeDefinitionNode or InterfaceTypeDefinitionNode
            && EntityFields.Relationship(type, name) is { } relationship
            ? new CatalogField(name, null, relationship)
            : null;
    }
}

/// <summary>The generated operator inputs (v7 of the Neo4j GraphQL Library: <c>name: { contains: "…" }</c>) by stored kind.</summary>
public static class OperatorInputs
{
    public const string String = "StringFilter";
    public const string Id = "IDFilter";
    public const string Int = "IntFilter";
    public const string Float = "FloatFilter";
    public const string Boolean = "BooleanFilter";
    public const string PartialDate = "PartialDateFilter";
    public const string StringList = "StringListFilter";

    /// <summary>The input type a catalog field filters with: an operator input, an enum's filter, or a relationship's quantifiers.</summary>
    public static string Of(CatalogField field) => field switch
    {
        { Relationship: { } r } => RelationshipFilter(r.Target),
        { Enum: { } e } => e + "Filter",
        { Scalar.Kind: var kind } => kind switch
        {
            StoredKind.String => String,
            StoredKind.Id => Id,
            StoredKind.Int => Int,
            StoredKind.Float => Float,
            StoredKind.Boolean => Boolean,
            StoredKind.PartialDate => PartialDate,
            StoredKind.StringList => StringList,
            _ => throw new InvalidOperationException($"No operator input for {kind}."),
        },
        _ => throw new InvalidOperationException($"The field {field.Name} is neither scalar nor relationship."),
    };

    /// <summary><c>OrganizationRelationshipFilter { some none all single: OrganizationWhere }</c>; <c>EntityRelationshipFilter</c> for any entity.</summary>
    public static string RelationshipFilter(EntityType? target) => FilterCatalog.TypeName(target) + "RelationshipFilter";
}
