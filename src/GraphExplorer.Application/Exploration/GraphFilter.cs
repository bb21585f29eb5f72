using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Restricts what a neighbourhood, path, timeline or aggregate may include. A criterion applies to the entities that
/// carry the attribute and leaves the others alone: agreement kinds restrict agreements; sectors restrict
/// organisations, agreements, events and facts (by <c>IN_SECTOR</c>) and sectors themselves; countries restrict
/// organisations, events and agreements (located in a place of the country, or — agreements — a party that is) and
/// places (in the country); the date window keeps the agreements and events whose date, read as the interval its
/// precision stands for (a whole month or year), overlaps it or (<see cref="Domain.DateMatch.Within"/>) lies within it,
/// and drops undated ones (<see cref="DateWindow"/>). People, sources and reference data pass every criterion but the entity types.
/// <see cref="AsOf"/> keeps the agreements and events that were signed or held by that day, undated ones included
/// (<see cref="Domain.AsOf"/>), and the ties that held then (applied to the answer, <see cref="TieFilter"/>).
/// <see cref="MinSources"/> and <see cref="StatedOnly"/> are a bar for ties, not entities: they are applied to the
/// answer (<see cref="TieFilter"/>), not in this condition. A typed list or search, which shows entities rather than
/// ties, applies all three through <see cref="ToEntityCypher"/>.
/// </summary>
public sealed record GraphFilter(
    IReadOnlyList<EntityType>? EntityTypes = null,
    IReadOnlyList<string>? AgreementKinds = null,
    IReadOnlyList<string>? Sectors = null,
    IReadOnlyList<string>? Countries = null,
    DateOnly? From = null,
    DateOnly? To = null,
    DateMatch DateMatch = DateMatch.Overlap,
    DateOnly? AsOf = null,
    int? MinSources = null,
    bool StatedOnly = false)
{
    public static GraphFilter None { get; } = new();

    public bool IsEmpty =>
        EntityTypes is not { Count: > 0 } && AgreementKinds is not { Count: > 0 } && Sectors is not { Count: > 0 }
        && Countries is not { Count: > 0 } && From is null && To is null && AsOf is null;

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

        if (MinSources is < 0)
        {
            throw ApplicationErrors.InvalidArgument($"{path}.minSources", $"must be 0 or more, got {MinSources}");
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
                conditions.Add(Visible.Exists("fp0", $"({variable})-[:IN_SECTOR]->(fs:Sector)", "fs.key IN $filterSectors"));
            }
            else if (type == EntityType.Sector)
            {
                conditions.Add($"{variable}.key IN $filterSectors");
            }
        }

        if (Countries is { Count: > 0 } countries)
        {
            parameters["filterCountries"] = countries.ToList();
            var located = Visible.Exists("fp1", $"({variable})-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(fc:Place)", "fc.key IN $filterCountries");
            switch (type)
            {
                case EntityType.Organization or EntityType.Event:
                    conditions.Add(located);
                    break;
                case EntityType.Agreement:
                    conditions.Add($"({located} OR {Visible.Exists("fp2", $"({variable})<-[:PARTY_TO]-(:Organization)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(fc:Place)", "fc.key IN $filterCountries")})");
                    break;
                case EntityType.Place:
                    conditions.Add(Visible.Exists("fp3", $"({variable})-[:PART_OF*0..6]->(fc:Place)", "fc.key IN $filterCountries"));
                    break;
            }
        }

        if (From is not null || To is not null)
        {
            var window = new DateWindow(From, To, DateMatch);
            string Parameter(object value)
            {
                var name = $"filterDate{parameters.Count}";
                parameters[name] = value;
                return "$" + name;
            }

            switch (type)
            {
                case EntityType.Agreement:
                    conditions.Add(window.ToCypher($"{variable}.signedDate", null, $"{variable}.signedDatePrecision", Parameter));
                    break;
                case EntityType.Event:
                    conditions.Add(window.ToCypher($"{variable}.startDate", $"{variable}.endDate", $"{variable}.datePrecision", Parameter));
                    break;
            }
        }

        if (AsOf is { } day && type is EntityType.Agreement or EntityType.Event)
        {
            parameters["filterAsOf"] = new CypherDate(day);
            conditions.Add(Domain.AsOf.ToCypher(type == EntityType.Agreement ? $"{variable}.signedDate" : $"{variable}.startDate", "$filterAsOf"));
        }

        // Whatever else it asks, a filter keeps only what the reader may see (every caller filters its entities here).
        return Visible.And(conditions.Count == 0 ? "true" : string.Join(" AND ", conditions.Select(c => $"({c})")), variable);
    }

    /// <summary>
    /// The condition of a typed list or search over <paramref name="variable"/> of type <paramref name="type"/>: what
    /// <see cref="ToCypher"/> keeps, with the bars for ties carried by the entity, since a list shows no ties. As of a
    /// day, an organisation or person is listed when it is in the network then: party to, taking part in or organising
    /// an agreement or event kept as of the day, through a tie that held then (<see cref="Domain.AsOf"/>); agreements
    /// and events as in a graph view; other entities pass. <see cref="MinSources"/> keeps the entities that many
    /// independent sources state (their own citations, <see cref="EvidenceWeight"/>), <see cref="StatedOnly"/> those
    /// stated rather than inferred.
    /// </summary>
    internal string ToEntityCypher(string variable, EntityType type, IDictionary<string, object?> parameters)
    {
        var conditions = new List<string> { ToCypher(variable, type, parameters) };
        if (AsOf is { } day && type is EntityType.Organization or EntityType.Person)
        {
            var activity = $"(fa:Agreement AND {ToCypher("fa", EntityType.Agreement, parameters)}) OR (fa:Event AND {ToCypher("fa", EntityType.Event, parameters)})";
            conditions.Add(Visible.Exists("fp4", $"({variable})-[ft:PARTY_TO|PARTICIPATED_IN|ORGANIZED]->(fa)", $"({activity}) AND {Domain.AsOf.TieToCypher("ft", day, parameters)}"));
        }

        if (MinSources is { } minimum && minimum > 1)
        {
            parameters["filterMinSources"] = (long)minimum;
            conditions.Add($"{EvidenceWeight.IndependentToCypher(variable, "fp5")} >= $filterMinSources");
        }

        if (StatedOnly)
        {
            conditions.Add($"coalesce({variable}.{Inference.InferredProperty}, false) = false");
        }

        return string.Join(" AND ", conditions.Select(c => $"({c})"));
    }
}
