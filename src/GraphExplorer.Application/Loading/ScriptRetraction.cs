using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Removes from the graph what one script alone asserted, in the caller's transaction: facts are tied to the scripts
/// that wrote them by their batches (<see cref="Lineage.BatchesProperty"/>, <c>script:name@checksum</c>, one per
/// applied version). Deleted: the relationships every batch of which is one of the script's versions, then the nodes
/// every batch of which is, once they have no relationship left. Kept: what another script or a steward's mutation also
/// wrote (a shared organisation, a relationship two articles assert, an entity corrected through the API), what another
/// applied script names (a node whose key it names, a relationship both of whose ends it names: see
/// <see cref="ScriptKeys"/>; when another applied script has no such record, having been applied before scripts kept
/// one, every keyed node and relationship between keyed nodes is kept), and a node that something else still points at. Used by <c>load</c> before it re-applies a changed script (so what the new
/// version no longer says is gone, and what it says again is written again) and by <c>retract</c>.
/// </summary>
/// <remarks>Property by property provenance is not kept, so a property the new version drops from a shared entity
/// stays. Portable Cypher only (both backends). O(graph).</remarks>
internal static class ScriptRetraction
{
    /// <summary>What was deleted (<c>node org:x</c>, <c>rel org:x PARTY_TO agr:y</c>, as audit entries name deletions)
    /// and how many kept elements carry the script's batches.</summary>
    public sealed record Retracted(IReadOnlyList<string> Deleted, long Kept);

    /// <summary>The start of a retraction's audit entry id (<c>retract:…</c>), as mutations' start <c>mutation:</c>.</summary>
    public const string BatchPrefix = "retract:";

    /// <summary>The audit entry target of a script's retraction: its own retraction never stops it from saying again
    /// what it said (see <see cref="StewardEdits"/>).</summary>
    public static string Target(string scriptName) => $"script:{scriptName}";

    /// <param name="forget">Also take the script's batches off what is kept (retract: the script no longer stands
    /// behind it); a re-apply leaves them, since the new version writes its own batch where it says the same.</param>
    public static async Task<Retracted> RetractAsync(IGraphTransaction transaction, string scriptName, bool forget, CancellationToken cancellationToken)
    {
        var others = await transaction.RunAsync(
            $"MATCH (s:{ScriptLoader.AppliedScriptLabel}) WHERE s.name <> $name RETURN s.{ScriptKeys.Property} AS keys",
            new Dictionary<string, object?> { ["name"] = scriptName },
            cancellationToken);
        var parameters = new Dictionary<string, object?>
        {
            ["prefix"] = $"script:{scriptName}@",
            ["others"] = others.SelectMany(r => GraphQueries.Strings(r["keys"])).Distinct(StringComparer.Ordinal).ToList(),
            ["unknown"] = others.Any(r => r["keys"] is null),
        };
        var batches = Lineage.BatchesProperty;
        var alone = $"size(coalesce(x.{batches}, [])) > 0 AND all(b IN x.{batches} WHERE b STARTS WITH $prefix)";
        var deleted = new List<string>();
        foreach (var row in await transaction.RunAsync(
            $"MATCH (a)-[x]->(b) WHERE {alone} " +
            "AND NOT ((coalesce(a.key, '') IN $others AND coalesce(b.key, '') IN $others) OR ($unknown AND a.key IS NOT NULL AND b.key IS NOT NULL)) " +
            "WITH x, 'rel ' + coalesce(a.key, a.name, elementId(a)) + ' ' + type(x) + ' ' + coalesce(b.key, b.name, elementId(b)) AS what " +
            "DELETE x RETURN what",
            parameters,
            cancellationToken))
        {
            deleted.Add(row.Get<string>("what"));
        }

        foreach (var row in await transaction.RunAsync(
            $"MATCH (x) WHERE {alone} AND COUNT {{ (x)--() }} = 0 AND NOT (coalesce(x.key, '') IN $others OR ($unknown AND x.key IS NOT NULL)) " +
            "WITH x, 'node ' + coalesce(x.key, x.name, elementId(x)) AS what DELETE x RETURN what",
            parameters,
            cancellationToken))
        {
            deleted.Add(row.Get<string>("what"));
        }

        var mine = $"any(b IN coalesce(x.{batches}, []) WHERE b STARTS WITH $prefix)";
        var kept = 0L;
        foreach (var pattern in new[] { "(x)", "()-[x]->()" })
        {
            var forgetting = forget
                ? $"SET x.{batches} = [b IN x.{batches} WHERE NOT b STARTS WITH $prefix] " +
                  $"SET x.{Lineage.BatchProperty} = CASE WHEN x.{Lineage.BatchProperty} STARTS WITH $prefix THEN last(x.{batches}) ELSE x.{Lineage.BatchProperty} END "
                : "";
            kept += (await transaction.RunAsync($"MATCH {pattern} WHERE {mine} {forgetting}RETURN count(x) AS kept", parameters, cancellationToken))
                .Single().Get<long>("kept");
        }

        deleted.Sort(StringComparer.Ordinal);
        return new Retracted(deleted, kept);
    }

    /// <summary>Of <paramref name="deleted"/>, what the graph holds again (a re-applied script said it again).</summary>
    public static async Task<IReadOnlyList<string>> StillStatedAsync(IGraphTransaction transaction, IReadOnlyList<string> deleted, CancellationToken cancellationToken)
    {
        if (deleted.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?> { ["deleted"] = deleted.ToList() };
        var nodes = await transaction.RunAsync(
            "MATCH (x) WITH 'node ' + coalesce(x.key, x.name, elementId(x)) AS what WHERE what IN $deleted RETURN DISTINCT what",
            parameters,
            cancellationToken);
        var relationships = await transaction.RunAsync(
            "MATCH (a)-[x]->(b) WITH 'rel ' + coalesce(a.key, a.name, elementId(a)) + ' ' + type(x) + ' ' + coalesce(b.key, b.name, elementId(b)) AS what " +
            "WHERE what IN $deleted RETURN DISTINCT what",
            parameters,
            cancellationToken);
        return [.. nodes.Concat(relationships).Select(r => r.Get<string>("what"))];
    }
}
