using GraphExplorer.Application.Domain;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Restricts what a neighbourhood, path, timeline or aggregate may include. A criterion applies to the entities that
/// carry the attribute and leaves the others alone: agreement kinds restrict agreements; sectors restrict
/// organisations, agreements, events and facts (by <c>IN_SECTOR</c>) and sectors themselves; countries restrict
/// organisations, events and agreements (located in a place of the country, or — agreements — a party that is) and
/// places (in the country); the date window keeps agreements signed in it and events overlapping it, and drops
/// undated ones. People, sources and reference data pass every criterion but the entity types.
/// </summary>
public sealed record GraphFilter(
    IReadOnlyList<EntityType>? EntityTypes = null,
    IReadOnlyList<string>? AgreementKinds = null,
    IReadOnlyList<string>? Sectors = null,
    IReadOnlyList<string>? Countries = null,
    DateOnly? From = null,
    DateOnly? To = null)
{
    public static GraphFilter None { get; } = new();

    public bool IsEmpty =>
        EntityTypes is not { Count: > 0 } && AgreementKinds is not { Count: > 0 } && Sectors is not { Count: > 0 }
        && Countries is not { Count: > 0 } && From is null && To is null;

    /// <summary>Checks the filter's values; a bad one is an <see cref="ApplicationErrorCode.InvalidArgument"/>.</summary>
    public void Validate(string path = "filter")
    {
        foreach (var kind in AgreementKinds ?? [])
        {
            if (!GraphModel.AgreementKinds.Contains(kind))
            {
                throw ApplicationErrors.InvalidArgument($"{path}.agreementKinds", $"unknown agreement kind '{kind}'");
            }
        }

        if (From is { } from && To is { } to && from > to)
        {
            throw ApplicationErrors.InvalidArgument($"{path}.from", $"the window starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd})");
        }
    }

    /// <summary>
    /// The Cypher condition (over variable <paramref name="variable"/> of type <paramref name="type"/>) that keeps what
    /// this filter keeps. Values go to <paramref name="parameters"/>; the text holds only fixed fragments.
    /// </summary>
    internal string ToCypher(string variable, EntityType type, IDictionary<string, object?> parameters)
    {
        var conditions = new List<string>();
        if (EntityTypes is { Count: > 0 } types && !types.Contains(type))
        {
            return "false";
        }

        if (type == EntityType.Agreement && AgreementKinds is { Count: > 0 } kinds)
        {
            parameters["filterAgreementKinds"] = kinds.ToList();
            conditions.Add($"{variable}.kind IN $filterAgreementKinds");
        }

        if (Sectors is { Count: > 0 } sectors)
        {
            parameters["filterSectors"] = sectors.ToList();
            if (type is EntityType.Organization or EntityType.Agreement or EntityType.Event or EntityType.Fact)
            {
                conditions.Add($"EXISTS {{ ({variable})-[:IN_SECTOR]->(fs:Sector) WHERE fs.key IN $filterSectors }}");
            }
            else if (type == EntityType.Sector)
            {
                conditions.Add($"{variable}.key IN $filterSectors");
            }
        }

        if (Countries is { Count: > 0 } countries)
        {
            parameters["filterCountries"] = countries.ToList();
            var located = $"EXISTS {{ ({variable})-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(fc:Place) WHERE fc.key IN $filterCountries }}";
            switch (type)
            {
                case EntityType.Organization or EntityType.Event:
                    conditions.Add(located);
                    break;
                case EntityType.Agreement:
                    conditions.Add($"({located} OR EXISTS {{ ({variable})<-[:PARTY_TO]-(:Organization)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(fc:Place) WHERE fc.key IN $filterCountries }})");
                    break;
                case EntityType.Place:
                    conditions.Add($"EXISTS {{ ({variable})-[:PART_OF*0..6]->(fc:Place) WHERE fc.key IN $filterCountries }}");
                    break;
            }
        }

        if (From is not null || To is not null)
        {
            parameters["filterFrom"] = From is { } from ? new CypherDate(from) : null;
            parameters["filterTo"] = To is { } to ? new CypherDate(to) : null;
            switch (type)
            {
                case EntityType.Agreement:
                    conditions.Add($"{variable}.signedDate IS NOT NULL AND ($filterFrom IS NULL OR {variable}.signedDate >= $filterFrom) AND ($filterTo IS NULL OR {variable}.signedDate <= $filterTo)");
                    break;
                case EntityType.Event:
                    conditions.Add($"{variable}.startDate IS NOT NULL AND ($filterTo IS NULL OR {variable}.startDate <= $filterTo) AND ($filterFrom IS NULL OR coalesce({variable}.endDate, {variable}.startDate) >= $filterFrom)");
                    break;
            }
        }

        return conditions.Count == 0 ? "true" : string.Join(" AND ", conditions.Select(c => $"({c})"));
    }
}
