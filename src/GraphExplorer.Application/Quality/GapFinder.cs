using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Quality;

/// <summary>What kind of follow-up a gap asks for.</summary>
public enum GapKind
{
    /// <summary>An agreement whose sources give no signing date.</summary>
    UndatedAgreement,

    /// <summary>An agreement with fewer than two parties: its sources do not name the other side.</summary>
    UnnamedCounterparty,

    /// <summary>An organisation, person, agreement, event or figure that one article alone states.</summary>
    SingleSourceEntity,

    /// <summary>A relationship that one article alone states.</summary>
    SingleSourceTie,
}

/// <summary>
/// A gap worth a follow-up: not an error (<see cref="GraphValidator"/> reports those) but something a steward or a
/// diplomat would want to confirm with another source.
/// </summary>
/// <param name="EntityId">The entity the gap is about; for a tie, its start.</param>
/// <param name="Relationship">For a tie, its type; null for an entity.</param>
/// <param name="OtherId">For a tie, the entity at its end; null for an entity.</param>
/// <param name="Note">What the graph says about it in the sources' words (an agreement's <c>dateNote</c> or
/// <c>counterpartyNote</c>); null when it says nothing.</param>
/// <param name="SourceId">For a single-source gap, the one article that states it.</param>
public sealed record Gap(GapKind Kind, string EntityId, string? Relationship, string? OtherId, string? Note, string? SourceId);

/// <summary>
/// Lists the gaps of the graph, by kind then entity, tie type and end. Reads every agreement, citation and sourced
/// relationship once: O(graph). Thread-safe (stateless).
/// </summary>
public sealed class GapFinder(IGraphDatabase database)
{
    /// <summary>The gaps of <paramref name="kinds"/> (all kinds when null or empty), at most <paramref name="first"/>.</summary>
    public async Task<IReadOnlyList<Gap>> FindAsync(IReadOnlyCollection<GapKind>? kinds, int first, CancellationToken cancellationToken = default)
    {
        if (first < 0)
        {
            throw ApplicationErrors.InvalidArgument("first", $"first must be 0 or more, not {first}");
        }

        var wanted = kinds is { Count: > 0 } ? kinds.ToHashSet() : [.. Enum.GetValues<GapKind>()];
        var gaps = new List<Gap>();
        if (wanted.Contains(GapKind.UndatedAgreement))
        {
            var rows = await database.ReadAsync(
                $"MATCH (a:Agreement) WHERE {Visible.And("a.signedDate IS NULL AND a.key IS NOT NULL", "a")} RETURN a.key AS key, a.dateNote AS note", null, cancellationToken);
            gaps.AddRange(rows.Select(r => new Gap(GapKind.UndatedAgreement, r.Get<string>("key"), null, null, r["note"] as string, null)));
        }

        if (wanted.Contains(GapKind.UnnamedCounterparty))
        {
            var rows = await database.ReadAsync(
                // The parties counted are those the reader may see: to that reader, an agreement with a hidden party lacks one.
                $"MATCH (a:Agreement) WHERE {Visible.And("a.key IS NOT NULL", "a")} AND COUNT {{ MATCH (a)<-[pr:PARTY_TO]-(pm) WHERE {Visible.All("pr", "pm")} }} < 2 " +
                "RETURN a.key AS key, a.counterpartyNote AS note",
                null,
                cancellationToken);
            gaps.AddRange(rows.Select(r => new Gap(GapKind.UnnamedCounterparty, r.Get<string>("key"), null, null, r["note"] as string, null)));
        }

        if (wanted.Contains(GapKind.SingleSourceEntity))
        {
            foreach (var type in GraphModel.CitedTypes)
            {
                var rows = await database.ReadAsync(
                    $"MATCH (n:{GraphModel.Label(type)})-[c:{GraphModel.CitedIn}]->(s:Source) WHERE {Visible.And("n.key IS NOT NULL", "n", "c", "s")} " +
                    "WITH n.key AS key, collect(DISTINCT s.key) AS sources WHERE size(sources) = 1 RETURN key, sources[0] AS source",
                    null,
                    cancellationToken);
                gaps.AddRange(rows.Select(r => new Gap(GapKind.SingleSourceEntity, r.Get<string>("key"), null, null, null, r.Get<string>("source"))));
            }
        }

        if (wanted.Contains(GapKind.SingleSourceTie))
        {
            var rows = await database.ReadAsync(
                $"MATCH (a)-[r]->(b) WHERE {Visible.And("type(r) IN $types AND r.sources IS NOT NULL AND a.key IS NOT NULL AND b.key IS NOT NULL", "a", "r", "b")} " +
                "RETURN a.key AS start, type(r) AS type, b.key AS end, r.sources AS sources",
                GraphQueries.Parameters(("types", GraphModel.DrawableRelationshipTypes.ToList())),
                cancellationToken);
            var hidden = await HiddenSources.AmongAsync(database, rows.SelectMany(r => GraphQueries.Strings(r["sources"])), cancellationToken);
            foreach (var row in rows)
            {
                var sources = GraphQueries.Strings(row["sources"]).Where(s => !hidden.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
                if (sources.Count == 1)
                {
                    gaps.Add(new Gap(GapKind.SingleSourceTie, row.Get<string>("start"), row.Get<string>("type"), row.Get<string>("end"), null, sources[0]));
                }
            }
        }

        return [.. gaps
            .OrderBy(g => g.Kind)
            .ThenBy(g => g.EntityId, StringComparer.Ordinal)
            .ThenBy(g => g.Relationship, StringComparer.Ordinal)
            .ThenBy(g => g.OtherId, StringComparer.Ordinal)
            .Take(first)];
    }
}
