using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Stewardship;

public sealed partial class StewardshipService
{
    /// <summary>Deletes an organisation, person, agreement, event or fact with its relationships (its citations too).</summary>
    /// <exception cref="ExplorerException">NotFound; or ValidationFailed when the deletion would leave an agreement
    /// with fewer parties than the rule allows.</exception>
    public Task<MutationResult> DeleteEntityAsync(string steward, string id, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "deleteEntity", new { id }, async m =>
        {
            await DeleteAsync(m, id);
            return id;
        }, cancellationToken);

    /// <summary>Deletes the entity and its relationships, under <see cref="DeleteEntityAsync"/>'s rules.</summary>
    private static async Task DeleteAsync(Mutation m, string id)
    {
        var type = GraphModel.RequireTypeOfKey(id);
        if (type is EntityType.Source or EntityType.Place or EntityType.Sector)
        {
            throw ApplicationErrors.ValidationFailed("id", $"{type} nodes are reference data and provenance: stewards do not delete them");
        }

        if (!await m.ExistsAsync(id))
        {
            throw ApplicationErrors.UnknownId(id);
        }

        await RequirePartiesRemainAsync(m, id, agreement: null);
        await m.TouchAsync(id);
        await m.WriteAsync($"MATCH (n:{GraphModel.Label(type)} {{key: $key}}) DETACH DELETE n", GraphQueries.Parameters(("key", id)));
    }

    /// <summary>Creates (or cites again) a relationship of a model type between two entities, with its properties.</summary>
    public Task<MutationResult> LinkAsync(string steward, LinkInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "link", input, async m =>
        {
            var rule = RequireLinkType(input.Type);
            await m.RequireAsync(input.From, "input.from", [.. rule.From]);
            await m.RequireAsync(input.To, "input.to", [.. rule.To]);
            if (input.From == input.To)
            {
                throw ApplicationErrors.ValidationFailed("input.to", "an entity cannot be linked to itself");
            }

            await RequireCitationAsync(m, input.Citation);
            if (input.Citation.Inferred is true)
            {
                throw ApplicationErrors.ValidationFailed("input.citation.inferred",
                    "a relationship's citations are lists on it and cannot each be inferred; mark the relationship inferred (input.properties.inferred)");
            }

            var p = input.Properties ?? new LinkProperties();
            var carried = LinkRules.All.First(r => r.Type == input.Type).Properties;
            foreach (var (name, value) in new[] { ("role", p.Role), ("title", p.Title) })
            {
                if (value is not null && !carried.Contains(name))
                {
                    throw ApplicationErrors.ValidationFailed($"input.properties.{name}",
                        $"a {input.Type} relationship has no {name} in the model ({(carried.Count == 0 ? "it carries neither role nor title" : $"it carries {string.Join(" and ", carried)}")})");
                }
            }

            RequireDate(p.Since, p.Since is null ? p.SincePrecision : p.SincePrecision ?? PartialDate.Day, "input.properties.since", "input.properties.sincePrecision");
            RequireDate(p.Until, p.Until is null ? p.UntilPrecision : p.UntilPrecision ?? PartialDate.Day, "input.properties.until", "input.properties.untilPrecision");
            if (p is { Since: { } since, Until: { } until } && PartialDate.LastDay(until, p.UntilPrecision) < since)
            {
                throw ApplicationErrors.ValidationFailed("input.properties.until", $"{until:yyyy-MM-dd} is before since {since:yyyy-MM-dd}");
            }

            var inferenceNote = string.IsNullOrWhiteSpace(p.InferenceNote) ? null : p.InferenceNote.Trim();
            if (Inference.Problem(p.Inferred is true ? true : null, inferenceNote) is { } problem)
            {
                throw ApplicationErrors.ValidationFailed(p.Inferred is true ? "input.properties.inferenceNote" : "input.properties.inferred", $"the relationship {problem}");
            }

            var properties = new Dictionary<string, object?>
            {
                ["role"] = p.Role,
                ["title"] = p.Title,
                ["since"] = p.Since is { } s ? new CypherDate(s) : null,
                ["sincePrecision"] = p.Since is null ? null : p.SincePrecision,
                ["until"] = p.Until is { } u ? new CypherDate(u) : null,
                ["untilPrecision"] = p.Until is null ? null : p.UntilPrecision,
                [Inference.InferredProperty] = p.Inferred is true ? true : null,
                [Inference.NoteProperty] = inferenceNote,
            };
            if (input.Visibility is { } level)
            {
                properties[VisibilityLevels.Property] = Levels.Check(level, "input.visibility");
            }

            await m.TouchAsync(input.From);
            await LinkOneAsync(m, input.From, input.Type, input.To, input.Citation, properties);
            return input.From;
        }, cancellationToken);

    /// <summary>Removes the relationship of this type from one entity to the other; <paramref name="reason"/> (why, in the
    /// steward's words) is kept in the audit entry's details, beside the relationship and its citations in <c>before</c>.</summary>
    public Task<MutationResult> UnlinkAsync(string steward, string from, string to, string type, string? reason = null, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "unlink", new { from, to, type, reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() }, async m =>
        {
            await UnlinkOneAsync(m, from, to, type);
            return from;
        }, cancellationToken);

    /// <summary>Deletes the relationship of this type from one entity to the other, under <see cref="UnlinkAsync"/>'s rules.</summary>
    private static async Task UnlinkOneAsync(Mutation m, string from, string to, string type)
    {
        RequireLinkType(type);
        var fromType = GraphModel.RequireTypeOfKey(from);
        var toType = GraphModel.RequireTypeOfKey(to);
        var parameters = GraphQueries.Parameters(("from", from), ("to", to));
        var match = $"MATCH (a:{GraphModel.Label(fromType)} {{key: $from}})-[r:{type}]->(b:{GraphModel.Label(toType)} {{key: $to}})";
        var found = await m.ReadAsync($"{match} RETURN count(r) AS c", parameters);
        if (found[0].Get<long>("c") == 0)
        {
            throw new ExplorerException(ApplicationErrorCode.NotFound, $"There is no {type} relationship from '{from}' to '{to}'.", $"{from}|{type}|{to}");
        }

        if (type == "PARTY_TO")
        {
            await RequirePartiesRemainAsync(m, from, agreement: to);
        }

        await m.TouchAsync(from);
        await m.WriteAsync($"{match} DELETE r", parameters);
    }

    private static RelationshipRule RequireLinkType(string type)
    {
        if (!GraphModel.Relationships.TryGetValue(type, out var rule) || type == GraphModel.CitedIn)
        {
            throw ApplicationErrors.ValidationFailed("input.type",
                $"'{type}' is not a relationship type stewards can link (expected one of {string.Join(", ", GraphModel.DrawableRelationshipTypes)})");
        }

        return rule;
    }

    /// <summary>Refuses to remove a party (all of <paramref name="party"/>'s agreements, or one) when it would leave
    /// the agreement with fewer parties than the rule allows.</summary>
    private static async Task RequirePartiesRemainAsync(Mutation m, string party, string? agreement)
    {
        var rows = await m.ReadAsync(
            $"MATCH (p:{GraphModel.Label(GraphModel.RequireTypeOfKey(party))} {{key: $party}})-[:PARTY_TO]->(a:Agreement) WHERE $agreement IS NULL OR a.key = $agreement " +
            "WITH a, COUNT { (a)<-[:PARTY_TO]-() } AS parties " +
            "WHERE parties - 1 < 2 AND NOT (parties - 1 = 1 AND a.counterpartyNote IS NOT NULL) RETURN a.key AS key",
            GraphQueries.Parameters(("party", party), ("agreement", agreement)));
        if (rows.Count > 0)
        {
            throw ApplicationErrors.ValidationFailed("id",
                $"'{party}' is a party to {string.Join(", ", rows.Select(r => r.Get<string>("key")))}, which would be left with too few parties; change the agreement first");
        }
    }

    /// <summary>
    /// MERGEs one relationship and sets its properties (null removes); the citation is added to its parallel
    /// <c>sources</c>/<c>quotes</c> lists unless that quote is already there. Stamps the relationship. Called only for
    /// the relationships the input states (new ones, or ones whose properties it gives), so a citation never lands on
    /// a relationship it was not given for.
    /// </summary>
    private static async Task LinkOneAsync(Mutation m, string from, string type, string to, CitationInput citation, Dictionary<string, object?> properties)
    {
        var fromType = GraphModel.RequireTypeOfKey(from);
        var toType = GraphModel.RequireTypeOfKey(to);
        await m.WriteAsync(
            $"MATCH (a:{GraphModel.Label(fromType)} {{key: $from}}), (b:{GraphModel.Label(toType)} {{key: $to}}) " +
            $"MERGE (a)-[r:{type}]->(b) SET r += $props " +
            "SET r.sources = CASE WHEN $quote IN coalesce(r.quotes, []) THEN r.sources ELSE coalesce(r.sources, []) + $source END, " +
            "r.quotes = CASE WHEN $quote IN coalesce(r.quotes, []) THEN r.quotes ELSE coalesce(r.quotes, []) + $quote END " +
            Lineage.StampClause("r"),
            GraphQueries.Parameters(("from", from), ("to", to), ("props", properties), ("source", citation.Source), ("quote", citation.Quote)));
    }

    /// <summary>The keys the entity is linked to by <paramref name="type"/> (from them, when <paramref name="incoming"/>), in key order.</summary>
    private static async Task<IReadOnlyList<string>> TargetsAsync(Mutation m, string key, string type, bool incoming)
    {
        var pattern = incoming ? $"<-[:{type}]-(o)" : $"-[:{type}]->(o)";
        var rows = await m.ReadAsync(
            $"MATCH (n:{GraphModel.Label(GraphModel.RequireTypeOfKey(key))} {{key: $key}}){pattern} RETURN DISTINCT o.key AS key ORDER BY key",
            GraphQueries.Parameters(("key", key)));
        return [.. rows.Select(r => r.Get<string>("key"))];
    }

    /// <summary>
    /// Edits the entity's relationships of one type: those the edit drops are deleted, those it adds are linked with
    /// the citation; those it keeps are left untouched (their citations stay theirs).
    /// </summary>
    /// <returns>The number of relationships it linked.</returns>
    private static async Task<int> EditLinksAsync(Mutation m, string key, string type, ListEdit<string> edit, string path, CitationInput citation, LinkInference inference)
    {
        var current = await TargetsAsync(m, key, type, incoming: false);
        var targets = edit.Apply(current, target => target, path);
        await m.WriteAsync(
            $"MATCH (n:{GraphModel.Label(GraphModel.RequireTypeOfKey(key))} {{key: $key}})-[r:{type}]->(o) WHERE NOT o.key IN $targets DELETE r",
            GraphQueries.Parameters(("key", key), ("targets", targets.ToList())));
        var added = targets.Except(current, StringComparer.Ordinal).ToList();
        foreach (var target in added)
        {
            await LinkOneAsync(m, key, type, target, citation, inference.Properties());
        }

        return added.Count;
    }

    /// <summary>
    /// The agreement's parties after the input's edit (all of them when it gives none), checked against the rule: at
    /// least two, or one and a counterparty note; no party twice.
    /// </summary>
    private static async Task<IReadOnlyList<PartyInput>> EditPartiesAsync(Mutation m, string key, NodeChanges node, ListEdit<PartyInput>? edit)
    {
        var current = (await TargetsAsync(m, key, "PARTY_TO", incoming: true)).Select(id => new PartyInput(id)).ToList();
        if (edit?.Named.GroupBy(p => p.Id, StringComparer.Ordinal).Any(g => g.Count() > 1) == true)
        {
            throw ApplicationErrors.ValidationFailed("input.parties", "a party is listed twice");
        }

        var parties = edit is null ? current : edit.Apply(current, p => p.Id, "input.parties");
        var named = edit?.Named.ToList() ?? [];
        for (var i = 0; i < named.Count; i++)
        {
            await m.RequireAsync(named[i].Id, $"input.parties[{i}].id", EntityType.Organization, EntityType.Person);
        }

        var count = parties.Count;
        if (count < 2 && !(count == 1 && node.FinalText("counterpartyNote") is not null))
        {
            throw ApplicationErrors.ValidationFailed("input.parties",
                $"an agreement needs at least two parties (or one and a counterpartyNote saying who the unnamed other side is); got {count}");
        }

        return parties;
    }

    /// <summary>Makes the agreement's PARTY_TO relationships exactly <paramref name="parties"/>: a party added, or
    /// whose role the input gives, is linked (with the citation and the input's inference); one kept without a role
    /// given is left untouched.</summary>
    /// <returns>The number of relationships it linked.</returns>
    private static async Task<int> WritePartiesAsync(Mutation m, string key, IReadOnlyList<PartyInput> parties, CitationInput citation, LinkInference inference)
    {
        var current = await TargetsAsync(m, key, "PARTY_TO", incoming: true);
        await m.WriteAsync(
            $"MATCH (a:{GraphModel.Label(EntityType.Agreement)} {{key: $key}})<-[r:PARTY_TO]-(o) WHERE NOT o.key IN $targets DELETE r",
            GraphQueries.Parameters(("key", key), ("targets", parties.Select(p => p.Id).ToList())));
        var written = parties.Where(p => p.Role.IsGiven || !current.Contains(p.Id)).ToList();
        foreach (var party in written)
        {
            var properties = inference.Properties();
            if (party.Role.IsGiven)
            {
                properties["role"] = party.Role.Value;
            }

            await LinkOneAsync(m, party.Id, "PARTY_TO", key, citation, properties);
        }

        return written.Count;
    }
}
