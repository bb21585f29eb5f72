using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Stewardship;

/// <summary>
/// The stewards' changes: create, update and delete organisations, people, agreements and events, and link or unlink
/// entities. Each change is checked against the data rules, then applied in one transaction together with its
/// <see cref="AuditEntry"/>: all of it or nothing. Everything it writes carries its batch (the mutation id) and steward
/// (<see cref="Lineage"/>). Errors are <see cref="ExplorerException"/>s: ValidationFailed naming the input field,
/// NotFound naming the id. Parameterised Cypher only; labels and types come from <see cref="GraphModel"/>.
/// Thread-safe (stateless; the database serialises writers).
/// </summary>
public sealed partial class StewardshipService(IGraphDatabase database, TimeProvider? clock = null)
{
    // Absent patch fields (default) and lists not edited (null) are left out of the recorded input: it shows what the
    // steward asked to change, and an explicit null (a field cleared) stays visible as null.
    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
        Converters = { new PatchJsonConverter() },
    };

    public const int MaxAuditPage = 500;

    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>The audit trail, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string? target = null, int first = 100, CancellationToken cancellationToken = default)
    {
        if (first is < 0 or > MaxAuditPage)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 0 and {MaxAuditPage}, got {first}");
        }

        var rows = await database.ReadAsync(
            $"MATCH (a:{GraphModel.AuditLabel}) WHERE $target IS NULL OR a.target = $target RETURN a ORDER BY a.at DESC, a.id DESC LIMIT $first",
            GraphQueries.Parameters(("target", target), ("first", (long)first)),
            cancellationToken);
        return [.. rows.Select(r => ToAudit(r.Get<CypherNode>("a").Properties))];
    }

    /// <summary>
    /// Runs one change: <paramref name="work"/> validates and writes inside the transaction and returns the id of the
    /// entity to give back (or null); then the audit entry is written and the transaction committed. Any failure
    /// rolls everything back.
    /// </summary>
    private async Task<MutationResult> MutateAsync(
        string steward,
        string operation,
        object input,
        Func<Mutation, Task<string?>> work,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(steward))
        {
            throw ApplicationErrors.Unauthorized("A change needs a steward.");
        }

        var id = $"mutation:{Guid.NewGuid():N}";
        var at = time.GetUtcNow();
        var details = JsonSerializer.Serialize(input, input.GetType(), DetailsJson);
        string? target;
        AuditEntry audit;
        await using (var session = database.OpenSession())
        {
            await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, cancellationToken);
            var mutation = new Mutation(transaction, id, steward, cancellationToken);
            target = await work(mutation);
            var (before, after, deleted) = await mutation.ChangesAsync();
            audit = new AuditEntry(id, steward, at, operation, target, details, before, after, deleted);
            var (scopeBefore, scopeAfter) = await mutation.ScopeAsync();
            await UndoRecord.WriteAsync(transaction, id, steward, operation, at, scopeBefore, scopeAfter, cancellationToken);
            await transaction.RunAsync(
                $"CREATE (a:{GraphModel.AuditLabel} {{id: $id, steward: $steward, at: $at, operation: $operation, target: $target, details: $details, " +
                "before: $before, after: $after, deleted: $deleted})",
                GraphQueries.Parameters(("id", id), ("steward", steward), ("at", at), ("operation", operation), ("target", target),
                    ("details", details), ("before", before), ("after", after), ("deleted", deleted.ToList())),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var entity = target is null || operation == "deleteEntity" ? null : await new EntityService(database).FindAsync(target, cancellationToken);
        return new MutationResult(entity, audit);
    }

    private static AuditEntry ToAudit(IReadOnlyDictionary<string, object?> p)
    {
        var at = p.GetValueOrDefault("at") is CypherDateTime dt ? dt.ToDateTimeOffset() : DateTimeOffset.MinValue;
        return new AuditEntry(
            p.GetValueOrDefault("id") as string ?? "",
            p.GetValueOrDefault("steward") as string ?? "",
            at,
            p.GetValueOrDefault("operation") as string ?? "",
            p.GetValueOrDefault("target") as string,
            p.GetValueOrDefault("details") as string ?? "",
            p.GetValueOrDefault("before") as string,
            p.GetValueOrDefault("after") as string,
            p.GetValueOrDefault("deleted") is IEnumerable<object?> deleted ? [.. deleted.OfType<string>()] : []);
    }

    /// <summary>One change in progress: its transaction, batch id and steward, and the snapshots of the entities it
    /// touches, taken before the first write to each (<see cref="TouchAsync"/>).</summary>
    private sealed class Mutation(IGraphTransaction transaction, string batch, string steward, CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, EntitySnapshot> before = new(StringComparer.Ordinal);

        // The touched entities' nodes and relationships as they were, by element id, for the undo record: a
        // relationship is taken with the first of its ends touched.
        private readonly Dictionary<string, CypherNode> nodesBefore = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CypherRelationship> relationshipsBefore = new(StringComparer.Ordinal);

        public string Batch => batch;

        /// <summary>Records the entity's state before this change writes to it (once per entity).</summary>
        public async Task TouchAsync(string key)
        {
            if (!before.ContainsKey(key))
            {
                before[key] = await EntitySnapshot.TakeAsync(transaction, key, cancellationToken);
                var (node, relationships) = await ElementsAsync(key);
                if (node is not null)
                {
                    foreach (var relationship in relationships)
                    {
                        // One whose other end was touched already did not exist then (it would have been taken): this
                        // change created it.
                        var other = relationship.StartElementId == node.ElementId ? relationship.EndElementId : relationship.StartElementId;
                        if (!nodesBefore.ContainsKey(other))
                        {
                            relationshipsBefore.TryAdd(relationship.ElementId, relationship);
                        }
                    }

                    nodesBefore[node.ElementId] = node;
                }
            }
        }

        /// <summary>The touched entities' nodes and relationships before and after the change (see <see cref="UndoRecord"/>).</summary>
        public async Task<(GraphSnapshot Before, GraphSnapshot After)> ScopeAsync()
        {
            var nodes = new Dictionary<string, CypherNode>(StringComparer.Ordinal);
            var relationships = new Dictionary<string, CypherRelationship>(StringComparer.Ordinal);
            foreach (var key in before.Keys)
            {
                var (node, touching) = await ElementsAsync(key);
                if (node is not null)
                {
                    nodes[node.ElementId] = node;
                    foreach (var relationship in touching)
                    {
                        relationships[relationship.ElementId] = relationship;
                    }
                }
            }

            return (new GraphSnapshot(nodesBefore, relationshipsBefore), new GraphSnapshot(nodes, relationships));
        }

        private async Task<(CypherNode? Node, IReadOnlyList<CypherRelationship> Relationships)> ElementsAsync(string key)
        {
            if (GraphModel.TypeOfKey(key) is not { } type)
            {
                return (null, []);
            }

            var rows = await ReadAsync(
                $"MATCH (n:{GraphModel.Label(type)} {{key: $key}}) OPTIONAL MATCH (n)-[r]-() RETURN n, collect(r) AS relationships",
                GraphQueries.Parameters(("key", key)));
            return rows.Count == 0 ? (null, []) : (rows[0].Get<CypherNode>("n"), [.. ((IEnumerable<object?>)rows[0]["relationships"]!).OfType<CypherRelationship>()]);
        }

        /// <summary>The stored properties of the entity (null when it does not exist yet); touches it.</summary>
        public async Task<IReadOnlyDictionary<string, object?>?> StoredAsync(string key)
        {
            await TouchAsync(key);
            var type = GraphModel.RequireTypeOfKey(key);
            var rows = await ReadAsync($"MATCH (n:{GraphModel.Label(type)} {{key: $key}}) RETURN n", GraphQueries.Parameters(("key", key)));
            return rows.Count == 0 ? null : rows[0].Get<CypherNode>("n").Properties;
        }

        /// <summary>The touched entities before and after the change (as text, one entity a paragraph) and what it deleted.</summary>
        public async Task<(string? Before, string? After, IReadOnlyList<string> Deleted)> ChangesAsync()
        {
            if (before.Count == 0)
            {
                return (null, null, []);
            }

            var after = new List<EntitySnapshot>();
            foreach (var key in before.Keys)
            {
                after.Add(await EntitySnapshot.TakeAsync(transaction, key, cancellationToken));
            }

            return (
                Join(before.Values),
                Join(after),
                [.. after.SelectMany(a => a.DeletedSince(before[a.Key])).Distinct(StringComparer.Ordinal)]);
        }

        private static string? Join(IEnumerable<EntitySnapshot> snapshots) =>
            string.Join("\n\n", snapshots.Select(s => s.Text()).Where(t => t.Length > 0)) is { Length: > 0 } text ? text : null;

        /// <summary>Runs a write whose text stamps what it writes with <c>$batch</c>/<c>$steward</c> (added here).</summary>
        public Task<QueryResult> WriteAsync(string cypher, Dictionary<string, object?> parameters)
        {
            parameters["batch"] = batch;
            parameters["steward"] = steward;
            return transaction.RunAsync(cypher, parameters, cancellationToken);
        }

        public Task<QueryResult> ReadAsync(string cypher, Dictionary<string, object?> parameters) =>
            transaction.RunAsync(cypher, parameters, cancellationToken);

        public async Task<bool> ExistsAsync(string key)
        {
            if (GraphModel.TypeOfKey(key) is not { } type)
            {
                return false;
            }

            var rows = await ReadAsync($"MATCH (n:{GraphModel.Label(type)} {{key: $key}}) RETURN count(n) AS c", GraphQueries.Parameters(("key", key)));
            return rows[0].Get<long>("c") > 0;
        }

        /// <summary>Checks that <paramref name="key"/> names an existing entity of one of <paramref name="types"/>.</summary>
        public async Task<EntityType> RequireAsync(string key, string path, params EntityType[] types)
        {
            var type = GraphModel.TypeOfKey(key);
            if (type is null || !types.Contains(type.Value))
            {
                throw ApplicationErrors.ValidationFailed(path, $"'{key}' is not the id of {GraphModel.DescribeIds(types)}");
            }

            if (!await ExistsAsync(key))
            {
                throw ApplicationErrors.ValidationFailed(path, $"there is no {type.Value.ToString().ToLowerInvariant()} '{key}'");
            }

            return type.Value;
        }
    }
}
