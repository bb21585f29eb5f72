using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Entities by id, their citations and their relationships: what the GraphQL <c>node</c>/<c>entity</c> fields and every
/// object field (parties, places, roles, …) resolve through. Thread-safe (stateless over the database).
/// </summary>
public sealed class EntityService(IGraphDatabase database)
{
    private readonly NodeCards cards = new(database);

    /// <summary>The entity with this id, or null when there is none (an id of no known kind is none too).</summary>
    public Task<EntityRecord?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        cards.EntityAsync(id, cancellationToken);

    /// <summary>Several entities at once (for resolvers that batch); unknown ids are absent from the answer.</summary>
    public Task<IReadOnlyDictionary<string, EntityRecord>> FindManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        cards.EntitiesAsync(ids, cancellationToken);

    /// <summary>The entity, its citations and every drawable relationship with its citations.</summary>
    /// <exception cref="ExplorerException"><see cref="ApplicationErrorCode.NotFound"/> for an unknown id.</exception>
    public async Task<EntityDetails> GetDetailsAsync(string id, CancellationToken cancellationToken = default)
    {
        var entity = await RequireAsync(id, cancellationToken);
        var citations = await CitationsAsync(id, cancellationToken);
        var relationships = await RelatedAsync(id, types: null, outgoing: null, cancellationToken);
        return new EntityDetails(entity, citations, relationships);
    }

    public async Task<EntityRecord> RequireAsync(string id, CancellationToken cancellationToken = default)
    {
        GraphModel.RequireTypeOfKey(id);
        return await cards.EntityAsync(id, cancellationToken) ?? throw ApplicationErrors.UnknownId(id);
    }

    /// <summary>The sources that state an entity, each with the sentence quoted.</summary>
    public async Task<IReadOnlyList<Citation>> CitationsAsync(string id, CancellationToken cancellationToken = default)
    {
        var citations = await cards.NodeCitationsAsync([id], cancellationToken);
        return citations.TryGetValue(id, out var list) ? list : [];
    }

    /// <summary>
    /// The entity's relationships of the given types (all drawable types when null) in the given direction (both when
    /// null), each with the entity at the other end and its citations; ordered by type, then the other's name.
    /// </summary>
    /// <exception cref="ExplorerException">An unknown relationship type (<see cref="ApplicationErrorCode.InvalidArgument"/>).</exception>
    public async Task<IReadOnlyList<RelatedEntity>> RelatedAsync(
        string id,
        IReadOnlyList<string>? types,
        bool? outgoing,
        CancellationToken cancellationToken = default)
    {
        var type = GraphModel.RequireTypeOfKey(id);
        var allowed = types ?? GraphModel.DrawableRelationshipTypes;
        foreach (var t in allowed)
        {
            if (!GraphModel.Relationships.ContainsKey(t) || t == GraphModel.CitedIn)
            {
                throw ApplicationErrors.InvalidArgument("types", $"'{t}' is not a relationship type of the model");
            }
        }

        var arrow = outgoing switch { true => "-[r]->", false => "<-[r]-", null => "-[r]-" };
        var rows = await database.ReadAsync(
            $"MATCH (n:{GraphModel.Label(type)} {{key: $key}}){arrow}(m) WHERE {Visible.And("type(r) IN $types AND m.key IS NOT NULL", "n", "r", "m")} " +
            "RETURN r, m, startNode(r) = n AS outgoing",
            GraphQueries.Parameters(("key", id), ("types", allowed.ToList())),
            cancellationToken);
        var found = rows
            .Select(row => (Relationship: row.Get<CypherRelationship>("r"), Other: NodeCards.ToEntity(row.Get<CypherNode>("m")), Outgoing: row.Get<bool>("outgoing")))
            .Where(x => x.Other is not null)
            .Select(x =>
            {
                RestrictedReads.SawTie(x.Outgoing ? id : x.Other!.Id, x.Relationship.Type, x.Outgoing ? x.Other!.Id : id, x.Relationship.Properties);
                return x;
            })
            .OrderBy(x => x.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(x => x.Other!.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Other!.Id, StringComparer.Ordinal)
            .ToList();
        var citations = await cards.RelationshipCitationsAsync([.. found.Select(x => x.Relationship.Properties)], cancellationToken);
        return [.. found.Select((x, i) => new RelatedEntity(x.Relationship.Type, x.Outgoing, x.Other!, x.Relationship.Properties, citations[i]))];
    }

    /// <summary>Every entity of a type, optionally of one kind, by name (for <c>places</c>, <c>sectors</c>, <c>sources</c>).</summary>
    public async Task<IReadOnlyList<EntityRecord>> ListAsync(EntityType type, string? kind = null, CancellationToken cancellationToken = default)
    {
        var rows = await database.ReadAsync(
            $"MATCH (n:{GraphModel.Label(type)}) WHERE {Visible.And("$kind IS NULL OR n.kind = $kind", "n")} RETURN n ORDER BY {NodeCards.NameExpression}, n.key",
            GraphQueries.Parameters(("kind", kind)),
            cancellationToken);
        return [.. rows.Select(r => NodeCards.ToEntity(r.Get<CypherNode>("n"))).OfType<EntityRecord>()];
    }
}
