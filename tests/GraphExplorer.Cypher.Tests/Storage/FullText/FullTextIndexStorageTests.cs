using System.Collections.Immutable;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.FullText;
using GraphExplorer.Cypher.Tests.Storage.Journal;

namespace GraphExplorer.Cypher.Tests.Storage.FullText;

/// <summary>
/// Full-text indexes in the store: Lucene documents change only when a transaction commits, each snapshot keeps the
/// reader of its own state, and the index is rebuilt from the journal (and from a compaction snapshot) on open.
/// </summary>
public sealed class FullTextIndexStorageTests : IDisposable
{
    private static readonly FullTextIndexDefinition Titles =
        new("titles", false, ["Article", "Note"], ["title"], FullTextAnalyzers.DefaultName, false);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static PropertyMap Title(string title) => PropertyMap.From([new KeyValuePair<string, object>("title", title)]);

    private static List<long> Search(GraphSnapshot snapshot, string query) =>
        snapshot.Schema.FindFullTextIndex("titles")!.Search(query, null, null).Select(h => h.Id).ToList();

    [Fact]
    public void A_rolled_back_transaction_leaves_the_index_as_it_was()
    {
        using var store = new GraphStore();
        var create = store.BeginWrite();
        create.CreateFullTextIndex(Titles);
        var kept = create.CreateNode(["Article"], Title("space agreement"));
        store.Commit(create);

        var rolledBack = store.BeginWrite();
        rolledBack.CreateNode(["Article"], Title("space mission"));
        rolledBack.SetNodeProperty(kept.Id, "title", "trade mission");
        rolledBack.PendingFullTextDocuments(Titles).Should().HaveCount(2, "the transaction sees its own changes");
        store.Rollback(rolledBack);

        Search(store.Current, "space").Should().Equal(kept.Id);
        Search(store.Current, "mission").Should().BeEmpty();
    }

    [Fact]
    public void An_older_snapshot_keeps_searching_its_own_state()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        tx.CreateFullTextIndex(Titles);
        var node = tx.CreateNode(["Note"], Title("osaka expo"));
        store.Commit(tx);
        var before = store.Current;

        var change = store.BeginWrite();
        change.SetNodeProperty(node.Id, "title", "nagoya expo");
        store.Commit(change);

        Search(before, "osaka").Should().Equal(node.Id);
        Search(store.Current, "osaka").Should().BeEmpty();
        Search(store.Current, "nagoya").Should().Equal(node.Id);
    }

    [Fact]
    public void Writes_that_do_not_change_indexed_text_leave_the_reader_alone()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        tx.CreateFullTextIndex(Titles);
        var a = tx.CreateNode(["Article"], Title("alpha"));
        var b = tx.CreateNode(["Other"], Title("beta"));
        store.Commit(tx);
        var reader = store.Current.Schema.FindFullTextIndex("titles")!.Reader;

        var unrelated = store.BeginWrite();
        unrelated.SetNodeProperty(a.Id, "year", 2024L);
        unrelated.CreateRelationship("LINKS", a.Id, b.Id, PropertyMap.Empty);
        store.Commit(unrelated);

        store.Current.Schema.FindFullTextIndex("titles")!.Reader.Should().BeSameAs(reader);
    }

    [Fact]
    public void The_compaction_snapshot_recreates_the_index_and_its_documents()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        tx.CreateFullTextIndex(Titles with { Analyzer = "standard-folding", EventuallyConsistent = true });
        tx.CreateNode(["Article"], Title("Liège"));
        store.Commit(tx);

        var exported = GraphStore.ExportState(store.Current).ToList();
        exported.OfType<CreateFullTextIndex>().Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Name = "titles", Analyzer = "standard-folding", EventuallyConsistent = true });

        using var reopened = new GraphStore(new ReplayStorage(exported));
        Search(reopened.Current, "liege").Should().HaveCount(1, "the analyzer came back with the index");
    }

    [Fact]
    public async Task Reopening_a_database_rebuilds_its_full_text_indexes_from_the_journal()
    {
        await using (var db = EmbeddedGraphDatabase.Open(_folder.Path))
        {
            var session = db.OpenSession();
            await session.RunAsync("CREATE FULLTEXT INDEX titles FOR (n:Article) ON EACH [n.title]");
            await session.RunAsync("CREATE FULLTEXT INDEX gone FOR (n:Article) ON EACH [n.body]");
            await session.RunAsync("UNWIND range(1, 50) AS i CREATE (:Article {title: 'article ' + i})");
            await session.RunAsync("MATCH (a:Article) WHERE a.title ENDS WITH '7' SET a.title = 'seven'");
            await session.RunAsync("MATCH (a:Article {title: 'article 1'}) DELETE a");
            await session.RunAsync("DROP INDEX gone");
        }

        await using (var db = EmbeddedGraphDatabase.Open(_folder.Path))
        {
            var session = db.OpenSession();
            var seven = await session.RunAsync("CALL db.index.fulltext.queryNodes('titles', 'seven') YIELD node RETURN count(node) AS n");
            seven.Single()["n"].Should().Be(5L, "articles 7, 17, 27, 37 and 47 were renamed");
            var one = await session.RunAsync("CALL db.index.fulltext.queryNodes('titles', '1') YIELD node RETURN count(node) AS n");
            one.Single()["n"].Should().Be(0L, "article 1 was deleted");
            var indexes = await session.RunAsync("SHOW FULLTEXT INDEXES");
            indexes.Select(r => r["name"]).Should().Equal("titles");
        }
    }

    /// <summary>Storage whose recovery returns one batch (a compaction snapshot) and which accepts nothing else.</summary>
    private sealed class ReplayStorage(IReadOnlyList<GraphMutation> snapshot) : IDurableStorage
    {
        public bool ShouldCompact => false;

        public IEnumerable<IReadOnlyList<GraphMutation>> Recover() => [snapshot];

        public void Append(IReadOnlyList<GraphMutation> transaction) => throw new NotSupportedException();

        public void Compact(IEnumerable<GraphMutation> state) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
