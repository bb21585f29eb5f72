using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Storage;

public sealed class GraphStoreTests
{
    private static PropertyMap Props(params (string Key, object Value)[] pairs) =>
        PropertyMap.From(pairs.Select(p => new KeyValuePair<string, object>(p.Key, p.Value)));

    [Fact]
    public void A_reader_during_an_open_write_sees_the_previous_state()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        tx.CreateNode(["Person"], Props(("name", "Ann")));
        var before = store.Current;

        before.NodeCount.Should().Be(0);
        before.NodesWithLabel("Person").Should().BeEmpty();
        tx.NodesWithLabel("Person").Should().HaveCount(1, "the writer sees its own writes");

        store.Commit(tx);
        before.NodeCount.Should().Be(0, "a snapshot never changes");
        store.Current.NodeCount.Should().Be(1);
        store.Current.NodesWithLabel("Person").Single().Properties.Get("name").Should().Be("Ann");
    }

    [Fact]
    public void Rollback_leaves_nothing_behind()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        var a = tx.CreateNode(["A"], PropertyMap.Empty);
        var b = tx.CreateNode(["B"], PropertyMap.Empty);
        tx.CreateRelationship("R", a.Id, b.Id, PropertyMap.Empty);
        store.Rollback(tx);

        store.Current.NodeCount.Should().Be(0);
        store.Current.RelationshipCount.Should().Be(0);
        store.Current.LabelsInUse().Should().BeEmpty();

        // The write lock was released: another writer can start and ids are allocated afresh.
        var next = store.BeginWrite();
        next.CreateNode([], PropertyMap.Empty).Id.Should().Be(0);
        store.Rollback(next);
    }

    [Fact]
    public void Committed_changes_update_adjacency_labels_and_counts_copy_on_write()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        var a = tx.CreateNode(["A"], PropertyMap.Empty);
        var b = tx.CreateNode(["B"], PropertyMap.Empty);
        var r = tx.CreateRelationship("R", a.Id, b.Id, Props(("w", 1L)));
        store.Commit(tx);
        var first = store.Current;

        var tx2 = store.BeginWrite();
        tx2.DeleteRelationship(r.Id).Should().BeTrue();
        tx2.RemoveLabel(a.Id, "A").Should().BeTrue();
        store.Commit(tx2);

        first.GetNode(a.Id)!.OutgoingCount.Should().Be(1, "the old snapshot keeps its records");
        first.RelationshipCount.Should().Be(1);
        store.Current.GetNode(a.Id)!.OutgoingCount.Should().Be(0);
        store.Current.GetRelationship(r.Id).Should().BeNull();
        store.Current.RelationshipCount.Should().Be(0);
        store.Current.CountWithLabel("A").Should().Be(0);
        store.Current.CountWithLabel("B").Should().Be(1);
    }

    [Fact]
    public void Deleting_a_node_that_still_has_relationships_fails_at_the_end_of_the_statement()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        var a = tx.CreateNode([], PropertyMap.Empty);
        var b = tx.CreateNode([], PropertyMap.Empty);
        tx.CreateRelationship("R", a.Id, b.Id, PropertyMap.Empty);
        tx.EndStatement();
        tx.DeleteNode(a.Id);

        var act = tx.EndStatement;
        act.Should().Throw<CypherException>().Which.Detail.Should().Be("DeleteConnectedNode");
        store.Rollback(tx);
    }

    [Fact]
    public void Unique_constraint_rejects_duplicates_and_creating_it_over_duplicates()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        tx.CreateConstraint(new ConstraintDefinition("u", false, "P", ["k"], "UNIQUE")).Should().BeTrue();
        tx.CreateNode(["P"], Props(("k", 1L)));
        tx.EndStatement();
        tx.CreateNode(["P"], Props(("k", 1.0)));
        var act = tx.EndStatement;
        act.Should().Throw<CypherException>().Which.Kind.Should().Be(CypherErrorKind.ConstraintValidationFailed);
        store.Rollback(tx);

        var tx2 = store.BeginWrite();
        tx2.CreateNode(["Q"], Props(("k", "x")));
        tx2.CreateNode(["Q"], Props(("k", "x")));
        var create = () => tx2.CreateConstraint(new ConstraintDefinition("q", false, "Q", ["k"], "UNIQUE"));
        create.Should().Throw<CypherException>().Which.Kind.Should().Be(CypherErrorKind.ConstraintValidationFailed);
        store.Rollback(tx2);
    }

    [Fact]
    public void Index_seek_sees_committed_and_own_writes_and_numbers_compare_by_value()
    {
        using var store = new GraphStore();
        var index = new IndexDefinition("i", false, "P", ["k"], "RANGE", false);
        var tx = store.BeginWrite();
        tx.CreateIndex(index);
        var a = tx.CreateNode(["P"], Props(("k", 1L)));
        store.Commit(tx);

        store.Current.IndexSeek(index, 1.0).Select(n => n.Id).Should().Equal(a.Id);
        var tx2 = store.BeginWrite();
        tx2.SetNodeProperty(a.Id, "k", 2L);
        var b = tx2.CreateNode(["P"], Props(("k", 1L)));
        tx2.IndexSeek(index, 1L).Select(n => n.Id).Should().Equal(b.Id);
        tx2.IndexSeek(index, 2L).Select(n => n.Id).Should().Equal(a.Id);
        store.Current.IndexSeek(index, 1L).Select(n => n.Id).Should().Equal(a.Id);
        store.Commit(tx2);
        store.Current.IndexSeek(index, 2L).Select(n => n.Id).Should().Equal(a.Id);
        store.Current.IndexSeek(index, 1L).Select(n => n.Id).Should().Equal(b.Id);
    }

    [Fact]
    public void Exported_state_rebuilds_the_same_graph()
    {
        using var store = new GraphStore();
        var tx = store.BeginWrite();
        tx.CreateIndex(new IndexDefinition("i", false, "P", ["k"], "RANGE", false));
        var a = tx.CreateNode(["P", "Q"], Props(("k", 1L), ("list", new List<object?> { 1L, 2L })));
        var b = tx.CreateNode([], PropertyMap.Empty);
        tx.CreateRelationship("R", a.Id, b.Id, Props(("w", 0.5)));
        store.Commit(tx);

        var copy = new GraphStore(new ReplayStorage([GraphStore.ExportState(store.Current).ToList()]));
        copy.Current.NodeCount.Should().Be(2);
        copy.Current.RelationshipCount.Should().Be(1);
        copy.Current.GetNode(a.Id)!.Labels.Should().Equal("P", "Q");
        copy.Current.Schema.Indexes.Should().ContainSingle(i => i.Name == "i");
        copy.Current.IndexSeek(copy.Current.Schema.Indexes[0], 1L).Should().ContainSingle();
        copy.Current.GetNode(a.Id)!.Outgoing[0].OtherNodeId.Should().Be(b.Id);
    }

    [Fact]
    public void Commit_appends_mutations_to_durable_storage_before_publishing()
    {
        var storage = new ReplayStorage([]);
        using var store = new GraphStore(storage);
        var tx = store.BeginWrite();
        tx.CreateNode(["A"], PropertyMap.Empty);
        storage.OnAppend = () => store.Current.NodeCount.Should().Be(0, "readers must not see what is not yet durable");
        store.Commit(tx);

        storage.Appended.Should().ContainSingle().Which.Should().ContainSingle().Which.Should().BeOfType<CreateNode>();
        store.Current.NodeCount.Should().Be(1);
    }

    private sealed class ReplayStorage(List<IReadOnlyList<GraphMutation>> batches) : IDurableStorage
    {
        public List<IReadOnlyList<GraphMutation>> Appended { get; } = new();

        public Action? OnAppend { get; set; }

        public bool ShouldCompact => false;

        public IEnumerable<IReadOnlyList<GraphMutation>> Recover() => batches;

        public void Append(IReadOnlyList<GraphMutation> transaction)
        {
            OnAppend?.Invoke();
            Appended.Add(transaction.ToList());
        }

        public void Compact(IEnumerable<GraphMutation> state)
        {
        }

        public void Dispose()
        {
        }
    }
}
