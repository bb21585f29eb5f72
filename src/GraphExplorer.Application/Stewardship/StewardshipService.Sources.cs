using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;

namespace GraphExplorer.Application.Stewardship;

public sealed partial class StewardshipService
{
    /// <summary>Creates a source, or patches the one <see cref="SourceInput.Id"/> names (absent keeps, null clears).
    /// Its <c>text</c> is what later citations of it are checked against.</summary>
    public Task<MutationResult> UpsertSourceAsync(string steward, SourceInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "upsertSource", input, async m =>
        {
            var key = await KeyAsync(m, EntityType.Source, input.Id, input.Title.Value, "input.id");
            var node = new NodeChanges(await m.StoredAsync(key));
            node.RequiredText("title", input.Title, "input.title", "source");
            node.Text("titleNote", input.TitleNote);
            node.Text("publisher", input.Publisher);
            node.Flag("publisherInferred", input.PublisherInferred);
            node.Text("publisherNote", input.PublisherNote);
            node.Date("publishedDate", input.PublishedDate);
            node.Date("updatedDate", input.UpdatedDate);
            node.Text("dateNote", input.DateNote);
            node.Text("language", input.Language);
            node.Text("url", input.Url);
            node.Text("file", input.File);
            node.Text("text", input.Text);
            if (node.Gives("text") && node.FinalText("text") is { } text)
            {
                await RequireCitationsStillOccurAsync(m, key, text);
            }

            await m.WriteAsync(
                $"MERGE (n:{GraphModel.Label(EntityType.Source)} {{key: $key}}) SET n += $props {Lineage.StampClause("n")}",
                GraphQueries.Parameters(("key", key), ("props", node.ToWrite(deriveSearchText: false))));
            return key;
        }, cancellationToken);

    /// <summary>
    /// Removes one citation (source and quote) from an entity or from a relationship. The last citation of a fact is
    /// not removed on its own, since a fact without evidence would stay on screen unsupported: the change is refused,
    /// unless <see cref="RemoveCitationInput.RemoveFact"/> asks to retract the fact with it (the relationship is deleted
    /// as <see cref="UnlinkAsync"/> does, the entity as <see cref="DeleteEntityAsync"/> does, under their rules).
    /// </summary>
    public Task<MutationResult> RemoveCitationAsync(string steward, RemoveCitationInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "removeCitation", input, async m =>
        {
            if (input.Id is { } id)
            {
                await RemoveEntityCitationAsync(m, id, input);
                return id;
            }

            if (input is { From: { } from, To: { } to, Type: { } type })
            {
                await RemoveRelationshipCitationAsync(m, from, type, to, input);
                return from;
            }

            throw ApplicationErrors.ValidationFailed("input", "name the entity (id) or the relationship (from, to and type) whose citation to remove");
        }, cancellationToken);

    private static async Task RemoveEntityCitationAsync(Mutation m, string id, RemoveCitationInput input)
    {
        var label = GraphModel.Label(GraphModel.RequireTypeOfKey(id));
        var parameters = GraphQueries.Parameters(("key", id), ("source", input.Source), ("quote", input.Quote));
        var rows = await m.ReadAsync(
            $"MATCH (n:{label} {{key: $key}})-[c:{GraphModel.CitedIn}]->(s:Source) " +
            "RETURN count(c) AS total, sum(CASE WHEN s.key = $source AND c.quote = $quote THEN 1 ELSE 0 END) AS matching",
            parameters);
        if (rows[0].Get<long>("matching") == 0)
        {
            throw new ExplorerException(ApplicationErrorCode.NotFound, $"'{id}' has no citation of {input.Source} quoting \"{input.Quote}\".", id);
        }

        if (rows[0].Get<long>("total") == rows[0].Get<long>("matching"))
        {
            if (!input.RemoveFact)
            {
                throw ApplicationErrors.ValidationFailed("input.quote",
                    $"it is the last citation of '{id}': add another first, or give removeFact: true to delete the entity with it");
            }

            await DeleteAsync(m, id);
            return;
        }

        await m.TouchAsync(id);
        await m.WriteAsync(
            $"MATCH (n:{label} {{key: $key}})-[c:{GraphModel.CitedIn} {{quote: $quote}}]->(s:Source {{key: $source}}) DELETE c",
            parameters);
    }

    private static async Task RemoveRelationshipCitationAsync(Mutation m, string from, string type, string to, RemoveCitationInput input)
    {
        RequireLinkType(type);
        var match = $"MATCH (a:{GraphModel.Label(GraphModel.RequireTypeOfKey(from))} {{key: $from}})-[r:{type}]->(b:{GraphModel.Label(GraphModel.RequireTypeOfKey(to))} {{key: $to}})";
        var parameters = GraphQueries.Parameters(("from", from), ("to", to));
        var rows = await m.ReadAsync($"{match} RETURN r.sources AS sources, r.quotes AS quotes", parameters);
        if (rows.Count == 0)
        {
            throw new ExplorerException(ApplicationErrorCode.NotFound, $"There is no {type} relationship from '{from}' to '{to}'.", $"{from}|{type}|{to}");
        }

        var sources = GraphQueries.Strings(rows[0]["sources"]).ToList();
        var quotes = GraphQueries.Strings(rows[0]["quotes"]).ToList();
        var index = Enumerable.Range(0, Math.Min(sources.Count, quotes.Count)).FirstOrDefault(i => sources[i] == input.Source && quotes[i] == input.Quote, -1);
        if (index < 0)
        {
            throw new ExplorerException(ApplicationErrorCode.NotFound, $"The {type} relationship from '{from}' to '{to}' has no citation of {input.Source} quoting \"{input.Quote}\".", $"{from}|{type}|{to}");
        }

        if (sources.Count == 1)
        {
            if (!input.RemoveFact)
            {
                throw ApplicationErrors.ValidationFailed("input.quote",
                    $"it is the last citation of {from} {type} {to}: add another first, or give removeFact: true to unlink it with it");
            }

            await UnlinkOneAsync(m, from, to, type);
            return;
        }

        sources.RemoveAt(index);
        quotes.RemoveAt(index);
        await m.TouchAsync(from);
        parameters["sources"] = sources;
        parameters["quotes"] = quotes;
        await m.WriteAsync($"{match} SET r.sources = $sources, r.quotes = $quotes {Lineage.StampClause("r")}", parameters);
    }

    /// <summary>A new text for a source must still contain every quote already citing it.</summary>
    private static async Task RequireCitationsStillOccurAsync(Mutation m, string key, string text)
    {
        var rows = await m.ReadAsync(
            $"MATCH (:Source {{key: $key}})<-[c:{GraphModel.CitedIn}]-(n) RETURN c.quote AS quote, n.key AS cited " +
            "UNION MATCH ()-[r]->() WHERE $key IN coalesce(r.sources, []) UNWIND range(0, size(r.sources) - 1) AS i " +
            "WITH r, i WHERE r.sources[i] = $key RETURN r.quotes[i] AS quote, type(r) AS cited",
            GraphQueries.Parameters(("key", key)));
        var missing = rows.Where(r => r["quote"] is string quote && !QuoteText.Occurs(text, quote)).Select(r => $"\"{r["quote"]}\" ({r["cited"]})").Distinct().ToList();
        if (missing.Count > 0)
        {
            throw ApplicationErrors.ValidationFailed("input.text",
                $"{missing.Count} quote(s) citing {key} do not occur in the new text, e.g. {missing[0]}; correct those citations first");
        }
    }
}
