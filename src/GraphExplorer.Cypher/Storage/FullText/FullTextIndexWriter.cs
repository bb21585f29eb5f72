using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GraphExplorer.Cypher.Storage.FullText;

/// <summary>
/// The Lucene side of one full-text index: an in-memory directory, its <see cref="IndexWriter"/> and the analyzer.
/// Documents change only when a transaction commits (<see cref="WriteTransaction"/>'s commit step) and each commit
/// publishes a near-real-time reader (<see cref="Refresh"/>), which the committed snapshot keeps: a reader of an older
/// snapshot keeps searching its own point-in-time reader while later commits change the index.
/// </summary>
/// <remarks>
/// Not thread-safe for writes: <see cref="Put"/>, <see cref="Remove"/> and <see cref="Refresh"/> are called only by the
/// store's single writer. Readers it returns are immutable and safe to share. Nothing is committed to the directory:
/// durability comes from the graph's journal, and the index is rebuilt from the graph when the database opens
/// (README, "Full-text indexes").
/// </remarks>
internal sealed class FullTextIndexWriter : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly IndexWriter writer;
    private DirectoryReader? reader;

    public FullTextIndexWriter(FullTextIndexDefinition definition)
    {
        var analyzer = FullTextAnalyzers.Find(definition.Analyzer)
            ?? throw new ArgumentException($"Unknown full-text analyzer '{definition.Analyzer}'.", nameof(definition));
        Analyzer = analyzer.Create();
        writer = new IndexWriter(directory, new IndexWriterConfig(FullTextAnalyzers.Version, Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity,
        });
    }

    /// <summary>The ranking function, BM25 as in Neo4j 5's Lucene.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>The index's analyzer (also the default query analyzer); Lucene analyzers are safe to share across threads.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>Adds or replaces the document of an entity.</summary>
    public void Put(long id, IReadOnlyList<FullTextField> texts) =>
        writer.UpdateDocument(new Term(FullTextDocument.IdField, FullTextDocument.IdTerm(id)), FullTextDocument.ToLucene(id, texts));

    /// <summary>Adds the document of an entity the index cannot hold yet (new, or the index is being built): no delete by id first.</summary>
    public void Add(long id, IReadOnlyList<FullTextField> texts) => writer.AddDocument(FullTextDocument.ToLucene(id, texts));

    public void Remove(long id) => writer.DeleteDocuments(new Term(FullTextDocument.IdField, FullTextDocument.IdTerm(id)));

    /// <summary>A reader of everything written so far (a new one only when something changed).</summary>
    public DirectoryReader Refresh()
    {
        reader = reader is null
            ? DirectoryReader.Open(writer, applyAllDeletes: true)
            : DirectoryReader.OpenIfChanged(reader, writer, applyAllDeletes: true) ?? reader;
        return reader;
    }

    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }
}
