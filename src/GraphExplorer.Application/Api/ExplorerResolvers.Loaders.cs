using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database.Values;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Request-scoped data loaders: every lookup of one kind made while resolving one level of the response (e.g. the
/// citations of each of 100 agreements) is answered by one batched call, one query per label of the keys.
/// </summary>
internal sealed partial class ExplorerResolvers
{
    /// <summary>
    /// The request's loader <paramref name="name"/>: its batches run when the engine dispatches them, outside any
    /// resolver, so each batch enters the request's snapshot itself.
    /// </summary>
    private DataLoader<TKey, TValue> Loader<TKey, TValue>(IResolveContext context, string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        context.GetDataLoader<TKey, TValue>(name, async (keys, cancellationToken) =>
        {
            database.Enter(context);
            return await batch(keys, cancellationToken);
        });

    /// <summary>The entity with this id (null when there is none).</summary>
    private Task<EntityRecord?> LoadEntityAsync(IResolveContext context, string id) =>
        Loader<string, EntityRecord>(context, "entity", (keys, ct) => cards.EntitiesAsync(keys, ct)).LoadAsync(id);

    /// <summary>
    /// The citations a connection edge's relationships store, less those whose source the reader may not see: a
    /// restricted reader's entity loader finds no hidden source, and its id alone would tell that it exists. Source titles
    /// come from <c>Citation.source</c>'s batched entity loader, not from here.
    /// </summary>
    private async Task<IReadOnlyList<Citation>> EdgeCitationsAsync(IResolveContext context)
    {
        var citations = SourceAs<ConnectionEdge>(context).Links.SelectMany(l => NodeCards.CitationsOf(l.Properties, NoTitles)).ToList();
        if (!ReaderVisibility.Current.IsRestricted || citations.Count == 0)
        {
            return citations;
        }

        // Started together so the entity loader answers them in one batch.
        var sources = await Task.WhenAll(citations.Select(c => LoadEntityAsync(context, c.SourceId)));
        return [.. citations.Where((_, i) => sources[i] is not null)];
    }

    private static readonly IReadOnlyDictionary<string, string> NoTitles = new Dictionary<string, string>();

    /// <summary>The <c>CITED_IN</c> citations of an entity.</summary>
    private async Task<IReadOnlyList<Citation>> LoadCitationsAsync(IResolveContext context, string id) =>
        await Loader<string, IReadOnlyList<Citation>>(context, "citations", async (keys, ct) =>
        {
            var found = await cards.NodeCitationsAsync(keys, ct);
            return found.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Citation>)kv.Value, StringComparer.Ordinal);
        }).LoadAsync(id) ?? [];

    /// <summary>The lifecycle of an agreement: the states its citations state, in the order they happened.</summary>
    private async Task<IReadOnlyList<AgreementLifecycleStep>> LoadLifecycleAsync(IResolveContext context, string id) =>
        await Loader<string, IReadOnlyList<AgreementLifecycleStep>>(context, "lifecycle", async (keys, ct) =>
            await cards.AgreementLifecyclesAsync(keys, ct)).LoadAsync(id) ?? [];

    /// <summary>Every drawable relationship of an entity, both directions, each with the entity at the other end and its citations.</summary>
    private async Task<IReadOnlyList<RelatedEntity>> LoadRelatedAsync(IResolveContext context, string id) =>
        await Loader<string, IReadOnlyList<RelatedEntity>>(context, "related", RelatedBatchAsync).LoadAsync(id) ?? [];

    /// <summary>The country an entity is located in (through <c>LOCATED_IN</c> and <c>PART_OF</c>), or null.</summary>
    private Task<EntityRecord?> LoadCountryAsync(IResolveContext context, string id) =>
        Loader<string, EntityRecord>(context, "country", CountryBatchAsync).LoadAsync(id);

    /// <summary>The related entities of one relationship type and direction, in the order of <see cref="EntityService.RelatedAsync"/>.</summary>
    private async Task<IReadOnlyList<RelatedEntity>> RelatedAsync(IResolveContext context, string type, bool outgoing, params EntityType[] otherTypes)
    {
        var all = await LoadRelatedAsync(context, Entity(context).Id);
        return [.. all.Where(r => r.Type == type && r.Outgoing == outgoing && (otherTypes.Length == 0 || otherTypes.Contains(r.Other.Type)))];
    }

    private async Task<object?> RelatedEntitiesAsync(IResolveContext context, string type, bool outgoing, params EntityType[] otherTypes) =>
        (await RelatedAsync(context, type, outgoing, otherTypes)).Select(r => r.Other).ToList();

    private async Task<object?> FirstRelatedAsync(IResolveContext context, string type, bool outgoing, params EntityType[] otherTypes) =>
        (await RelatedAsync(context, type, outgoing, otherTypes)).Select(r => r.Other).FirstOrDefault();

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedEntity>>> RelatedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new List<(string Key, CypherRelationship Relationship, EntityRecord Other, bool Outgoing)>();
        foreach (var (type, group) in NodeCards.GroupByType(keys))
        {
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}})-[r]-(m) WHERE {Visible.And("type(r) IN $types AND m.key IS NOT NULL", "n", "r", "m")} " +
                "RETURN k AS key, r, m, startNode(r) = n AS outgoing",
                GraphQueries.Parameters(("keys", group), ("types", GraphModel.DrawableRelationshipTypes.ToList())),
                cancellationToken);
            foreach (var row in rows)
            {
                if (NodeCards.ToEntity(row.Get<CypherNode>("m")) is { } other)
                {
                    var (key, relationship, outgoing) = (row.Get<string>("key"), row.Get<CypherRelationship>("r"), row.Get<bool>("outgoing"));
                    RestrictedReads.SawTie(outgoing ? key : other.Id, relationship.Type, outgoing ? other.Id : key, relationship.Properties);
                    found.Add((key, relationship, other, outgoing));
                }
            }
        }

        var citations = await cards.RelationshipCitationsAsync([.. found.Select(f => f.Relationship.Properties)], cancellationToken);
        return found
            .Select((f, i) => (f.Key, Related: new RelatedEntity(f.Relationship.Type, f.Outgoing, f.Other, f.Relationship.Properties, citations[i])))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<RelatedEntity>)[.. g.Select(x => x.Related)
                    .OrderBy(r => r.Type, StringComparer.Ordinal)
                    .ThenBy(r => r.Other.Name, StringComparer.Ordinal)
                    .ThenBy(r => r.Other.Id, StringComparer.Ordinal)],
                StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, EntityRecord>> CountryBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        foreach (var (type, group) in NodeCards.GroupByType(keys))
        {
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH {Visible.Bind("cp")}(n:{GraphModel.Label(type)} {{key: k}})-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(c:Place {{kind: 'country'}}) " +
                $"WHERE {Visible.Path("cp")} RETURN k AS key, c ORDER BY key, c.key",
                GraphQueries.Parameters(("keys", group)),
                cancellationToken);
            foreach (var row in rows)
            {
                var key = row.Get<string>("key");
                if (!result.ContainsKey(key) && NodeCards.ToEntity(row.Get<CypherNode>("c")) is { } country)
                {
                    result[key] = country;
                }
            }
        }

        return result;
    }
}
