using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage.FullText;
using GraphExplorer.Cypher.Values;
using Lucene.Net.QueryParsers.Classic;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// Neo4j 5's full-text procedures: <c>db.index.fulltext.queryNodes</c>, <c>db.index.fulltext.queryRelationships</c>
/// (query text in Lucene's syntax; options <c>{skip, limit, analyzer}</c>; hits best first),
/// <c>db.index.fulltext.listAvailableAnalyzers</c> and <c>db.index.fulltext.awaitEventuallyConsistentIndexRefresh</c>
/// (a no-op here: every index is updated by the committing transaction). Errors carry Neo4j's messages and codes.
/// </summary>
/// <remarks>Thread-safe (stateless): each call searches the index state of the query's snapshot or transaction.</remarks>
internal static class FullTextProcedures
{
    public const string QueryNodesName = "db.index.fulltext.queryNodes";
    public const string QueryRelationshipsName = "db.index.fulltext.queryRelationships";

    public static IEnumerable<ProcedureDefinition> All =>
    [
        new(QueryNodesName, [("indexName", "STRING"), ("queryString", "STRING"), ("options", "MAP")], [("node", "NODE"), ("score", "FLOAT")],
            (ctx, args) => Query(ctx, args, relationships: false)) { OptionalInputs = 1 },
        new(QueryRelationshipsName, [("indexName", "STRING"), ("queryString", "STRING"), ("options", "MAP")], [("relationship", "RELATIONSHIP"), ("score", "FLOAT")],
            (ctx, args) => Query(ctx, args, relationships: true)) { OptionalInputs = 1 },
        new("db.index.fulltext.listAvailableAnalyzers", [], [("analyzer", "STRING"), ("description", "STRING"), ("stopwords", "LIST<STRING>")],
            (_, _) => FullTextAnalyzers.All.Select(a => new object?[] { a.Name, a.Description, a.StopWords.Cast<object?>().ToList() }).ToList()),
        new("db.index.fulltext.awaitEventuallyConsistentIndexRefresh", [], [], (_, _) => []),
    ];

    private static List<object?[]> Query(QueryContext ctx, IReadOnlyList<object?> args, bool relationships)
    {
        var procedure = relationships ? QueryRelationshipsName : QueryNodesName;
        var name = args[0] as string ?? throw CypherErrors.FullTextProcedureFailed(procedure, "java.lang.IllegalArgumentException: the index name is null", null);
        var query = args[1] as string ?? throw CypherErrors.FullTextProcedureFailed(procedure, "java.lang.IllegalArgumentException: the query string is null", null);
        var options = args.Count > 2 ? args[2] as IReadOnlyDictionary<string, object?> : null;

        var index = ctx.Graph.Schema.FindFullTextIndex(name) ?? throw CypherErrors.NoSuchFullTextIndex(procedure, name, null);
        if (index.Definition.OnRelationships != relationships)
        {
            throw CypherErrors.FullTextIndexOfOtherEntity(procedure, name, index.Definition.OnRelationships, null);
        }

        var skip = options?.GetValueOrDefault("skip") is long s ? Math.Max(0, s) : 0;
        var limit = options?.GetValueOrDefault("limit") is long l ? Math.Max(0, l) : long.MaxValue;
        Lucene.Net.Analysis.Analyzer? analyzer = null;
        if (options?.GetValueOrDefault("analyzer") is string analyzerName)
        {
            analyzer = FullTextAnalyzers.Find(analyzerName)?.Create() ?? throw CypherErrors.FullTextProcedureFailed(procedure,
                $"java.lang.IllegalArgumentException: No such analyzer: '{analyzerName}' (available: {FullTextAnalyzers.Names})", null);
        }

        IReadOnlyList<FullTextHit> hits;
        try
        {
            var wanted = limit == long.MaxValue ? (int?)null : (int)Math.Min(int.MaxValue, skip + limit);
            hits = index.Search(query, analyzer, ctx.Transaction?.PendingFullTextDocuments(index.Definition), wanted);
        }
        catch (ParseException e)
        {
            throw CypherErrors.FullTextProcedureFailed(procedure, $"org.apache.lucene.queryparser.classic.ParseException: {e.Message}", null);
        }
        finally
        {
            analyzer?.Dispose();
        }

        var rows = new List<object?[]>();
        foreach (var hit in hits.Skip((int)Math.Min(skip, int.MaxValue)))
        {
            if (rows.Count >= limit)
            {
                break;
            }

            ctx.Tick();
            object? entity = relationships
                ? ctx.Graph.GetRelationship(hit.Id) is { Deleted: false } relationship ? QueryContext.ValueOf(relationship) : null
                : ctx.Graph.GetNode(hit.Id) is { Deleted: false } ? new NodeValue(hit.Id) : null;
            if (entity is not null)
            {
                rows.Add([entity, hit.Score]);
            }
        }

        return rows;
    }
}
