using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Reads entities, drawable node cards and citations for sets of keys. Keys are grouped by the label their prefix
/// names, so every lookup is <c>MATCH (n:Label {key: k})</c> and uses the label's unique index on <c>key</c>.
/// Thread-safe (stateless).
/// </summary>
internal sealed class NodeCards(IGraphDatabase database)
{
    internal const string NameExpression = "coalesce(n.name, n.title, n.statement, n.key)";

    public async Task<IReadOnlyDictionary<string, EntityRecord>> EntitiesAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        foreach (var (type, group) in GroupByType(keys))
        {
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}}) WHERE {Visible.All("n")} RETURN n",
                GraphQueries.Parameters(("keys", group)),
                cancellationToken);
            foreach (var row in rows)
            {
                var entity = ToEntity(row.Get<CypherNode>("n"));
                if (entity is not null)
                {
                    result[entity.Id] = entity;
                }
            }
        }

        return result;
    }

    public async Task<EntityRecord?> EntityAsync(string key, CancellationToken cancellationToken)
    {
        if (GraphModel.TypeOfKey(key) is null)
        {
            return null;
        }

        var entities = await EntitiesAsync([key], cancellationToken);
        return entities.GetValueOrDefault(key);
    }

    public async Task<IReadOnlyDictionary<string, GraphNode>> GraphNodesAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var (type, group) in GroupByType(keys))
        {
            var label = GraphModel.Label(type);
            var parameters = GraphQueries.Parameters(("keys", group), ("provenance", GraphModel.CitedIn));
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) WHERE {Visible.All("n")} " +
                $"RETURN k AS key, {NameExpression} AS name, n.nameEn AS nameEn, n.nameFr AS nameFr, n.nameJa AS nameJa, n.kind AS kind, " +
                "coalesce(n.signedDate, n.startDate) AS date, n.endDate AS endDate, " +
                "coalesce(n.signedDatePrecision, n.datePrecision) AS precision, " +
                "n.dateQualifier AS qualifier, n.dateText AS dateText, n.dateNote AS dateNote, " +
                $"n.inferred AS inferred, n.inferenceNote AS inferenceNote, n.{VisibilityLevels.Property} AS visibility, " +
                $"COUNT {{ MATCH (n)-[cr:{GraphModel.CitedIn}]->(cs:Source) WHERE {Visible.All("cr", "cs")} RETURN DISTINCT cs }} AS sourceCount, " +
                $"[(n)-[sr:IN_SECTOR]->(s:Sector) WHERE {Visible.All("sr", "s")} | s.key] AS sectors, " +
                // The degree counts only the ties the reader may see, to neighbours the reader may see.
                $"COUNT {{ MATCH (n)-[r]-(dm) WHERE {Visible.And("type(r) <> $provenance", "r", "dm")} }} AS degree",
                parameters,
                cancellationToken);
            var countries = await CountriesAsync(type, group, cancellationToken);
            var locations = await LocationsAsync(type, group, cancellationToken);
            foreach (var row in rows)
            {
                var key = row.Get<string>("key");
                RestrictedReads.SawNode(new Dictionary<string, object?> { ["key"] = key, [VisibilityLevels.Property] = row["visibility"] });
                var precision = row["precision"] as string;
                result[key] = new GraphNode(
                    key,
                    row.Get<string>("name"),
                    new LocalizedNames(row["nameEn"] as string, row["nameFr"] as string, row["nameJa"] as string),
                    type,
                    row["kind"] as string,
                    row["date"] as CypherDate?,
                    row["endDate"] as CypherDate?,
                    precision,
                    [.. GraphQueries.Strings(row["sectors"]).Distinct().Order(StringComparer.Ordinal)],
                    countries.TryGetValue(key, out var c) ? c : [],
                    row.Get<int>("degree"))
                {
                    Start = PartialDate.Read(row["date"], precision, row["qualifier"], row["dateText"], row["dateNote"]),
                    End = PartialDate.Read(row["endDate"], precision),
                    Inference = Inference.Of(new Dictionary<string, object?>
                    {
                        [Inference.InferredProperty] = row["inferred"],
                        [Inference.NoteProperty] = row["inferenceNote"],
                    }),
                    SourceCount = row.Get<int>("sourceCount"),
                    Location = locations.GetValueOrDefault(key),
                };
            }
        }

        return result;
    }

    /// <summary>The countries of entities: where they are located (places: the country they are in).</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> CountriesAsync(EntityType type, List<string> keys, CancellationToken cancellationToken)
    {
        var pattern = type switch
        {
            EntityType.Place => "(n)-[:PART_OF*0..6]->(c:Place {kind: 'country'})",
            EntityType.Organization or EntityType.Event or EntityType.Agreement =>
                "(n)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(c:Place {kind: 'country'})",
            EntityType.Fact => "(n)-[:ABOUT]->(:Place)-[:PART_OF*0..6]->(c:Place {kind: 'country'})",
            _ => null,
        };
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (pattern is null)
        {
            return result;
        }

        var rows = await database.ReadAsync(
            $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}}) MATCH {Visible.Bind("cp")}{pattern} WHERE {Visible.Path("cp")} " +
            "RETURN k AS key, collect(DISTINCT c.key) AS countries",
            GraphQueries.Parameters(("keys", keys)),
            cancellationToken);
        foreach (var row in rows)
        {
            result[row.Get<string>("key")] = [.. GraphQueries.Strings(row["countries"]).Order(StringComparer.Ordinal)];
        }

        return result;
    }

    /// <summary>
    /// Where entities are drawn on a map (<see cref="MapPoint"/>): the nearest place with coordinates, counting the
    /// steps from the entity (a place itself, else the place it is located in, or the one its signing event was held
    /// in) up the <c>PART_OF</c> hierarchy; between places as near, the first by key, so the answer is stable.
    /// </summary>
    private async Task<Dictionary<string, MapPoint>> LocationsAsync(EntityType type, List<string> keys, CancellationToken cancellationToken)
    {
        var pattern = type switch
        {
            EntityType.Place => "(n)-[:PART_OF*0..6]->(c:Place)",
            EntityType.Organization or EntityType.Event or EntityType.Agreement =>
                "(n)-[:SIGNED_AT*0..1]->()-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(c:Place)",
            _ => null,
        };
        var result = new Dictionary<string, MapPoint>(StringComparer.Ordinal);
        if (pattern is null)
        {
            return result;
        }

        var rows = await database.ReadAsync(
            $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}}) MATCH chain = {pattern} WHERE c.location IS NOT NULL AND {Visible.Path("chain")} " +
            "WITH k, c, length(chain) AS steps ORDER BY steps, c.key " +
            "WITH k, collect(c)[0] AS c " +
            "RETURN k AS key, c.key AS place, c.name AS name, c.nameEn AS nameEn, c.nameFr AS nameFr, c.nameJa AS nameJa, " +
            "c.location.latitude AS latitude, c.location.longitude AS longitude",
            GraphQueries.Parameters(("keys", keys)),
            cancellationToken);
        foreach (var row in rows)
        {
            var place = row.Get<string>("place");
            result[row.Get<string>("key")] = new MapPoint(
                row.Get<double>("latitude"),
                row.Get<double>("longitude"),
                place,
                row["name"] as string ?? place,
                new LocalizedNames(row["nameEn"] as string, row["nameFr"] as string, row["nameJa"] as string));
        }

        return result;
    }

    /// <summary>The <c>CITED_IN</c> citations of nodes, by key, in source then quote order.</summary>
    public async Task<Dictionary<string, List<Citation>>> NodeCitationsAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<Citation>>(StringComparer.Ordinal);
        foreach (var (type, group) in GroupByType(keys))
        {
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}})-[c:{GraphModel.CitedIn}]->(s:Source) WHERE {Visible.All("n", "c", "s")} " +
                "RETURN k AS key, s.key AS source, s.title AS title, c.quote AS quote, c.inferred AS inferred, c.inferenceNote AS inferenceNote " +
                "ORDER BY source, quote",
                GraphQueries.Parameters(("keys", group)),
                cancellationToken);
            foreach (var row in rows)
            {
                var key = row.Get<string>("key");
                if (!result.TryGetValue(key, out var list))
                {
                    result[key] = list = [];
                }

                var inference = row["inferred"] is true ? new Inference(true, row["inferenceNote"] as string) : Inference.Stated;
                list.Add(new Citation(row.Get<string>("source"), row.Get<string?>("title") ?? row.Get<string>("source"), row.Get<string?>("quote"), inference));
            }
        }

        return result;
    }

    /// <summary>The lifecycle of agreements, by key, in the order its steps happened (see <see cref="AgreementLifecycleStep"/>).</summary>
    public async Task<Dictionary<string, IReadOnlyList<AgreementLifecycleStep>>> AgreementLifecyclesAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(
            $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(EntityType.Agreement)} {{key: k}})-[c:{GraphModel.CitedIn}]->(s:Source) " +
            $"WHERE {Visible.And("c.status IS NOT NULL", "n", "c", "s")} RETURN k AS key, s.key AS source, s.title AS title, c",
            GraphQueries.Parameters(("keys", keys.Distinct(StringComparer.Ordinal).ToList())),
            cancellationToken);
        return rows
            .Select(row => (Key: row.Get<string>("key"), Step: AgreementLifecycleStep.Read(
                row.Get<CypherRelationship>("c").Properties, row.Get<string>("source"), row.Get<string?>("title") ?? row.Get<string>("source"))))
            .Where(x => x.Step is not null)
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => AgreementLifecycleStep.InOrder(g.Select(x => x.Step!)), StringComparer.Ordinal);
    }

    /// <summary>Resolves the <c>sources</c>/<c>quotes</c> lists of relationships into citations.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<Citation>>> RelationshipCitationsAsync(
        IReadOnlyList<IReadOnlyDictionary<string, object?>> relationshipProperties,
        CancellationToken cancellationToken)
    {
        var sourceKeys = relationshipProperties.SelectMany(p => GraphQueries.Strings(p.GetValueOrDefault("sources"))).Distinct().ToList();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var hidden = await HiddenSources.AmongAsync(database, sourceKeys, cancellationToken);
        if (sourceKeys.Count > 0)
        {
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (s:Source {{key: k}}) WHERE {Visible.All("s")} RETURN k AS key, s.title AS title",
                GraphQueries.Parameters(("keys", sourceKeys)),
                cancellationToken);
            foreach (var row in rows)
            {
                titles[row.Get<string>("key")] = row.Get<string?>("title") ?? row.Get<string>("key");
            }
        }

        return [.. relationshipProperties.Select(p => CitationsOf(p, titles, hidden))];
    }

    /// <summary>The publisher of each source (null when the article names none and none was deduced), by key.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> PublishersAsync(IEnumerable<string> sourceKeys, CancellationToken cancellationToken)
    {
        var keys = sourceKeys.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, string?>();
        }

        var rows = await database.ReadAsync(
            "UNWIND $keys AS k MATCH (s:Source {key: k}) RETURN k AS key, s.publisher AS publisher",
            GraphQueries.Parameters(("keys", keys)),
            cancellationToken);
        return rows.ToDictionary(r => r.Get<string>("key"), r => r["publisher"] as string, StringComparer.Ordinal);
    }

    /// <summary>The citations a relationship stores (parallel <c>sources</c>/<c>quotes</c> lists); a source missing
    /// from <paramref name="titles"/> is titled with its id, and one in <paramref name="hidden"/> (above the reader's
    /// visibility level) is left out. The quotes of an inferred relationship support it only by that inference, so its
    /// citations carry it.</summary>
    internal static IReadOnlyList<Citation> CitationsOf(
        IReadOnlyDictionary<string, object?> properties, IReadOnlyDictionary<string, string> titles, IReadOnlySet<string>? hidden = null)
    {
        var sources = GraphQueries.Strings(properties.GetValueOrDefault("sources"));
        var quotes = GraphQueries.Strings(properties.GetValueOrDefault("quotes"));
        var inference = Inference.Of(properties);
        return [.. sources
            .Select((s, i) => (Source: s, Index: i))
            .Where(c => hidden is null || !hidden.Contains(c.Source))
            .Select(c => new Citation(c.Source, titles.GetValueOrDefault(c.Source, c.Source), c.Index < quotes.Count ? quotes[c.Index] : null, inference))];
    }

    public static EntityRecord? ToEntity(CypherNode node)
    {
        var type = GraphModel.TypeOfLabels(node.Labels);
        if (type is null || node.Properties.GetValueOrDefault("key") is not string key)
        {
            return null;
        }

        RestrictedReads.SawNode(node.Properties);
        var name = node.Properties.GetValueOrDefault("name") as string
            ?? node.Properties.GetValueOrDefault("title") as string
            ?? node.Properties.GetValueOrDefault("statement") as string
            ?? key;
        return new EntityRecord(key, type.Value, name, node.Properties);
    }

    /// <summary>Groups keys by the entity type their prefix names; keys of no type are dropped (they match nothing).</summary>
    internal static IEnumerable<(EntityType Type, List<string> Keys)> GroupByType(IEnumerable<string> keys) =>
        keys.Distinct(StringComparer.Ordinal)
            .Select(k => (Key: k, Type: GraphModel.TypeOfKey(k)))
            .Where(x => x.Type is not null)
            .GroupBy(x => x.Type!.Value)
            .Select(g => (g.Key, g.Select(x => x.Key).ToList()));
}
