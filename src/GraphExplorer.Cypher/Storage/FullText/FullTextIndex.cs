using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GraphExplorer.Cypher.Storage.FullText;

/// <summary>One hit of a full-text query: the entity id and Lucene's score.</summary>
internal readonly record struct FullTextHit(long Id, double Score);

/// <summary>
/// A full-text index as one committed state sees it: its definition, the shared <see cref="FullTextIndexWriter"/> and the
/// point-in-time <see cref="Reader"/> of that state. Immutable; searching is thread-safe.
/// </summary>
internal sealed record FullTextIndex(FullTextIndexDefinition Definition, FullTextIndexWriter Writer, DirectoryReader Reader)
{
    public string Name => Definition.Name;

    /// <summary>
    /// Runs a query in Lucene's query syntax over the index's properties (a term without <c>field:</c> searches all of
    /// them; leading wildcards are allowed, as in Neo4j), best first; equal scores in index order.
    /// </summary>
    /// <param name="queryAnalyzer">The analyzer of the query text, or null for the index's own.</param>
    /// <param name="pending">A write transaction's own changes, by entity id: the texts the entity has now, or null when
    /// it left the index. These entities are searched in their new state instead of their committed one, so a query
    /// reads its transaction's writes as in Neo4j.</param>
    /// <exception cref="ParseException">The query is not valid Lucene syntax.</exception>
    /// <param name="maxHits">How many of the best hits are wanted (null: all of them).</param>
    public IReadOnlyList<FullTextHit> Search(
        string query, Analyzer? queryAnalyzer, IReadOnlyDictionary<long, IReadOnlyList<FullTextField>?>? pending, int? maxHits = null)
    {
        var parser = new MultiFieldQueryParser(FullTextAnalyzers.Version, [.. Definition.Properties], queryAnalyzer ?? Writer.Analyzer)
        {
            AllowLeadingWildcard = true,
        };
        var parsed = parser.Parse(query);

        IndexReader reader = Reader;
        RAMDirectory? overlay = null;
        DirectoryReader? overlayReader = null;
        try
        {
            if (pending is { Count: > 0 })
            {
                overlay = Overlay(pending);
                overlayReader = DirectoryReader.Open(overlay);
                reader = new MultiReader([Reader, overlayReader], closeSubReaders: false);
            }

            var searcher = new IndexSearcher(reader) { Similarity = FullTextIndexWriter.Similarity };
            var top = searcher.Search(parsed, Math.Max(1, Math.Min(WantedHits(searcher, parsed, maxHits, pending?.Count ?? 0), reader.MaxDoc)));
            var ids = MultiDocValues.GetNumericValues(reader, FullTextDocument.IdValueField);
            var hits = new List<FullTextHit>(top.ScoreDocs.Length);
            foreach (var scoreDoc in top.ScoreDocs)
            {
                var id = ids.Get(scoreDoc.Doc);
                var committed = scoreDoc.Doc < Reader.MaxDoc;
                if (committed && pending is not null && pending.ContainsKey(id))
                {
                    continue;
                }

                hits.Add(new FullTextHit(id, scoreDoc.Score));
            }

            return hits;
        }
        finally
        {
            if (!ReferenceEquals(reader, Reader))
            {
                reader.Dispose();
            }

            overlayReader?.Dispose();
            overlay?.Dispose();
        }
    }

    /// <summary>
    /// How many hits to collect: the wanted number plus one per pending entity (whose committed document may be among
    /// them and is dropped); when all are wanted, the number of matches, counted first so that the collector's queue is
    /// sized to the matches rather than to the whole index.
    /// </summary>
    private static int WantedHits(IndexSearcher searcher, Query query, int? maxHits, int pendingCount)
    {
        if (maxHits is { } wanted)
        {
            return (int)Math.Min(int.MaxValue, (long)wanted + pendingCount);
        }

        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    /// <summary>A small index of a transaction's changed entities, analysed like the committed one so that scores compare.</summary>
    private RAMDirectory Overlay(IReadOnlyDictionary<long, IReadOnlyList<FullTextField>?> pending)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(FullTextAnalyzers.Version, Writer.Analyzer)
        {
            Similarity = FullTextIndexWriter.Similarity,
        });
        foreach (var (id, texts) in pending)
        {
            if (texts is not null)
            {
                writer.AddDocument(FullTextDocument.ToLucene(id, texts));
            }
        }

        writer.Commit();
        return directory;
    }
}
