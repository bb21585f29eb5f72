using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>The Node and Entity interfaces, the fields every entity type shares, and Citation.</summary>
internal sealed partial class ExplorerResolvers
{
    /// <summary>The GraphQL object types of entities: the entity type's name is the object type's name.</summary>
    private static readonly IReadOnlyList<string> EntityObjectTypes = [.. GraphModel.EntityTypes.Select(GraphModel.Label)];

    private void BindEntities(SchemaBuilder builder)
    {
        builder.BindResolveType("Node", ObjectTypeOf);
        builder.BindResolveType("Entity", ObjectTypeOf);
        foreach (var type in EntityObjectTypes)
        {
            Field(builder, type, "id", context => Entity(context).Id);
            Field(builder, type, "name", context => Entity(context).Name);
            Field(builder, type, "names", context => LocalizedNames.Of(Entity(context).Properties));
            Field(builder, type, "entityType", context => KindMaps.EntityTypeValue(Entity(context).Type));
            Field(builder, type, "citations", async context => await LoadCitationsAsync(context, Entity(context).Id));
        }

        foreach (var type in GraphModel.EntityTypes.Where(t => KindMaps.ForType(t) is null))
        {
            NoKind(builder, GraphModel.Label(type));
        }

        Field(builder, "Citation", "source", async context => await LoadEntityAsync(context, SourceAs<Citation>(context).SourceId)
            ?? new EntityRecord(SourceAs<Citation>(context).SourceId, EntityType.Source, SourceAs<Citation>(context).SourceTitle, new Dictionary<string, object?>()));
        Field(builder, "Citation", "quote", context => SourceAs<Citation>(context).Quote);
        Field(builder, "Citation", "passage", async context =>
        {
            var citation = SourceAs<Citation>(context);
            return citation.Quote is { } quote && (await LoadEntityAsync(context, citation.SourceId))?["text"] is string text
                ? Passage.Of(quote, text)
                : null;
        });
    }

    private static string? ObjectTypeOf(object value, IResolveContext context) =>
        value is EntityRecord entity ? GraphModel.Label(entity.Type) : null;

    /// <summary>Binds a field to a stored property (dates as Date, lists as lists).</summary>
    private static void Property(SchemaBuilder builder, string type, string field, string? stored = null) =>
        Field(builder, type, field, context => Value(Entity(context)[stored ?? field]));

    /// <summary>Binds a non-null list of strings to a stored list property (absent → empty).</summary>
    private static void StringList(SchemaBuilder builder, string type, string field, string? stored = null) =>
        Field(builder, type, field, context => GraphQueries.Strings(Entity(context)[stored ?? field]));

    /// <summary>Binds a kind enum to the stored kind.</summary>
    private static void Kind(SchemaBuilder builder, string type, KindMap map, string field = "kind", string stored = "kind")
    {
        Field(builder, type, field, context => KindValue(map, Entity(context)[stored] as string));
        // The same value as a String on every entity type, so `kindName` can be read across the Entity interface.
        Field(builder, type, "kindName", context => KindValue(map, Entity(context)[stored] as string));
        // The kind in each interface language (a kind the dictionaries do not know has null forms).
        Field(builder, type, field + "Labels", context => CodeLabels.Kind(Entity(context).Type, Entity(context)[stored] as string ?? ""));
    }

    /// <summary>The enum value of a stored kind; OTHER for a kind the enum does not list (where it has OTHER).</summary>
    private static string? KindValue(KindMap map, string? stored) =>
        map.ToEnum(stored) ?? (map.EnumValues.Contains(KindMaps.Other) ? KindMaps.Other : null);

    /// <summary>The entity types without subkinds answer null to the Entity interface's kind fields.</summary>
    private static void NoKind(SchemaBuilder builder, string type)
    {
        Field(builder, type, "kindName", _ => null);
        Field(builder, type, "kindLabels", _ => null);
    }

    /// <summary>A stored value as a GraphQL result value: Cypher dates become DateOnly, the rest passes as is.</summary>
    internal static object? Value(object? stored) => AsDate(stored) is { } date ? date : stored;

    /// <summary>The upper-case enum form of an entity's kind for String fields such as GraphNode.kind (UNIVERSITY, MOU).</summary>
    internal static string? KindLabel(EntityType type, string? stored) =>
        stored is null ? null : KindMaps.ForType(type)?.ToEnum(stored) ?? stored.ToUpperInvariant();
}
