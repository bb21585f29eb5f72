using System.Collections.Frozen;
using GraphExplorer.Application.Domain;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Maps the lowercase kinds stored in the graph (<c>'university'</c>, <c>'letter_of_intent'</c>) to the GraphQL enum
/// values (UNIVERSITY, LETTER_OF_INTENT) and back. Each enum's values are exactly the stored kinds of
/// <see cref="GraphModel"/> in upper case plus OTHER, which stands for a stored kind this API does not know;
/// <see cref="CheckAgainst"/> refuses a schema whose enums drift from the model.
/// </summary>
internal static class KindMaps
{
    public const string Other = "OTHER";

    public static KindMap Organization { get; } = new("OrganizationKind", GraphModel.OrganizationKinds, hasOther: true);
    public static KindMap Agreement { get; } = new("AgreementKind", GraphModel.AgreementKinds, hasOther: true);
    public static KindMap Event { get; } = new("EventKind", GraphModel.EventKinds, hasOther: true);
    public static KindMap Place { get; } = new("PlaceKind", GraphModel.PlaceKinds, hasOther: true);
    public static KindMap Fact { get; } = new("FactKind", GraphModel.FactKinds, hasOther: true);
    public static KindMap Precision { get; } = new("DatePrecision", GraphModel.DatePrecisions, hasOther: false);
    public static KindMap DateQualifier { get; } = new("DateQualifier", GraphModel.DateQualifiers, hasOther: false);

    private static readonly IReadOnlyList<KindMap> All = [Organization, Agreement, Event, Place, Fact, Precision, DateQualifier];

    /// <summary>The map of an entity type's <c>kind</c>, or null for types without kinds.</summary>
    public static KindMap? ForType(EntityType type) => type switch
    {
        EntityType.Organization => Organization,
        EntityType.Agreement => Agreement,
        EntityType.Event => Event,
        EntityType.Place => Place,
        EntityType.Fact => Fact,
        _ => null,
    };

    /// <summary>Stored entity types as EntityType enum values (Organization → ORGANIZATION).</summary>
    public static string EntityTypeValue(EntityType type) => type.ToString().ToUpperInvariant();

    public static EntityType ParseEntityType(string value) =>
        Enum.TryParse<EntityType>(value, ignoreCase: true, out var type) && EntityTypeValue(type) == value
            ? type
            : throw ApplicationErrors.InvalidArgument("entityTypes", $"'{value}' is not an entity type");

    /// <exception cref="InvalidOperationException">An enum of the SDL does not list exactly the model's kinds.</exception>
    public static void CheckAgainst(Schema schema)
    {
        foreach (var map in All)
        {
            var declared = schema.GetType(map.EnumName) is EnumType e ? e.Values.Select(v => v.Name).ToHashSet() : [];
            if (!declared.SetEquals(map.EnumValues))
            {
                throw new InvalidOperationException(
                    $"The SDL enum {map.EnumName} ({string.Join(", ", declared.Order())}) does not match the stored kinds " +
                    $"({string.Join(", ", map.EnumValues.Order())}).");
            }
        }

        var types = schema.GetType("EntityType") is EnumType t ? t.Values.Select(v => v.Name).ToHashSet() : [];
        if (!types.SetEquals(GraphModel.EntityTypes.Select(EntityTypeValue)))
        {
            throw new InvalidOperationException("The SDL enum EntityType does not list every entity type of the model.");
        }
    }
}

/// <summary>One stored-kind ↔ enum-value table (see <see cref="KindMaps"/>). Immutable.</summary>
internal sealed class KindMap
{
    private readonly FrozenDictionary<string, string> toEnum;
    private readonly FrozenDictionary<string, string> toStored;
    private readonly bool hasOther;

    public KindMap(string enumName, IEnumerable<string> storedKinds, bool hasOther)
    {
        EnumName = enumName;
        this.hasOther = hasOther;
        toEnum = storedKinds.ToFrozenDictionary(k => k, k => k.ToUpperInvariant(), StringComparer.Ordinal);
        toStored = toEnum.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
    }

    public string EnumName { get; }

    public IEnumerable<string> EnumValues => hasOther ? toEnum.Values.Append(KindMaps.Other) : toEnum.Values;

    /// <summary>The enum value of a stored kind; OTHER (or null where the enum has no OTHER) for an unknown one.</summary>
    public string? ToEnum(string? stored) =>
        stored is null ? null : toEnum.TryGetValue(stored, out var value) ? value : hasOther ? KindMaps.Other : null;

    /// <summary>The stored kind of an enum value; OTHER names no stored kind and is refused (as a filter or as input).</summary>
    public string ToStored(string enumValue, string path) =>
        toStored.TryGetValue(enumValue, out var stored)
            ? stored
            : throw ApplicationErrors.InvalidArgument(path,
                $"{EnumName}.{enumValue} stands for kinds this API does not know and names no stored kind: it cannot be used as a filter or input (expected one of {string.Join(", ", toStored.Keys.Order(StringComparer.Ordinal))})");
}
