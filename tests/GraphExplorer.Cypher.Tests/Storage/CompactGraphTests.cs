using System.Collections.Immutable;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.Cypher.Tests.Storage.Journal;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Storage;

/// <summary>
/// A database reopened from a snapshot of format version 2 reads its graph from columns (<see cref="CompactGraph"/>)
/// and answers exactly as the graph it wrote, including after changes made on top of it and journalled after it.
/// </summary>
public sealed class CompactGraphTests : IDisposable
{
    private const string Graph = """
        CREATE (lu:Country:Place {name: 'Luxembourg', code: 'LU', area: 2586.4})
        CREATE (jp:Country:Place {name: '日本', code: 'JP', tags: ['island', 'G7']})
        CREATE (jaxa:Org {name: 'JAXA', founded: date('2003-10-01')})
        CREATE (lsa:Org {name: 'LSA'})
        CREATE (nobody)
        CREATE (jaxa)-[:SEATED_IN {since: 2003}]->(jp)
        CREATE (lsa)-[:SEATED_IN]->(lu)
        CREATE (jaxa)-[:PARTNER {since: 2019, note: 'MoU'}]->(lsa)
        CREATE (lsa)-[:PARTNER {since: 2020}]->(jaxa)
        CREATE (lsa)-[:SELF]->(lsa)
        """;

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A database whose every commit is compacted into the snapshot (an empty journal after it).</summary>
    private EmbeddedGraphDatabase OpenCompactingEachCommit() =>
        EmbeddedGraphDatabase.Create(FileDurableStorage.Open(folder.Path, new FileDurableStorageOptions { MaxJournalRecords = 1 }));

    private FileDurableStorage OpenRecovered(FileDurableStorageOptions? options = null) =>
        StorageTestHelpers.OpenRecovered(folder.Path, options);

    private static async Task<List<string>> Answers(IGraphDatabase db)
    {
        var session = db.OpenSession();
        var answers = new List<string>();
        foreach (var query in new[]
        {
            "MATCH (n) RETURN id(n) AS id, labels(n) AS labels, properties(n) AS p ORDER BY id",
            "MATCH (a)-[r]->(b) RETURN id(r) AS id, type(r) AS type, id(a) AS a, id(b) AS b, properties(r) AS p ORDER BY id",
            "MATCH (o:Org)-[:PARTNER]->(p:Org)-[:SEATED_IN]->(c:Country) RETURN o.name AS o, p.name AS p, c.code AS c ORDER BY o",
            "MATCH (n:Org {name: 'LSA'})<-[r]-(m) RETURN type(r) AS t, m.name AS m ORDER BY t, m",
            "MATCH (n:Place) RETURN count(n) AS places",
            "MATCH (n) RETURN id(n) AS id, n.name AS name, n.code AS code, n.area AS area, n.tags AS tags, n.founded AS founded, n.none AS none ORDER BY id",
            "MATCH ()-[r]->() RETURN id(r) AS id, r.note AS note, r.since AS since, r.none AS none ORDER BY id",
            "MATCH ()-[r:PARTNER]->() RETURN count(r) AS partners, sum(r.since) AS since",
            "CALL db.labels() YIELD label RETURN label ORDER BY label",
            "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType",
            "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey",
        })
        {
            foreach (var record in await session.RunAsync(query))
            {
                answers.Add(query[..12] + ": " + string.Join(" | ", record.Values.Select(Describe)));
            }
        }

        return answers;
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {Describe(e.Value)}")) + "}",
        IEnumerable<object?> list when value is not string => "[" + string.Join(", ", list.Select(Describe)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    [Fact]
    public async Task A_reopened_snapshot_is_read_as_columns_and_answers_as_the_graph_that_wrote_it()
    {
        List<string> expected;
        await using (var db = OpenCompactingEachCommit())
        {
            await db.OpenSession().RunAsync("CREATE INDEX org_name FOR (o:Org) ON (o.name)");
            await db.OpenSession().RunAsync(Graph);
            expected = await Answers(db);
        }

        StorageTestHelpers.Reopen(folder.Path)[0].Should().BeOfType<CompactSnapshot>()
            .Which.Suffix.Should().BeEmpty("an exported graph fits the sections");
        await using var reopened = EmbeddedGraphDatabase.Open(folder.Path);
        reopened.Store.Current.Compact.IsEmpty.Should().BeFalse("the graph comes from the snapshot's columns");
        (await Answers(reopened)).Should().Equal(expected);
        var seek = await reopened.OpenSession().RunAsync("MATCH (o:Org {name: 'JAXA'}) RETURN o.founded AS f");
        seek[0]["f"].Should().NotBeNull("the index was rebuilt over the compact graph");
    }

    [Fact]
    public async Task Integers_read_one_property_at_a_time_from_columns_are_the_stored_ones_small_or_large()
    {
        long[] values = [long.MinValue, -129, -128, -1, 0, 1, 2024, 4095, 4096, 5_000_000_000, long.MaxValue];
        await using (var db = OpenCompactingEachCommit())
        {
            await db.OpenSession().RunAsync(
                "UNWIND $values AS v CREATE (a:Num {v: v})-[:NEXT {v: v}]->(a)", new Dictionary<string, object?> { ["values"] = values.Cast<object?>().ToList() });
        }

        await using var reopened = EmbeddedGraphDatabase.Open(folder.Path);
        reopened.Store.Current.Compact.IsEmpty.Should().BeFalse("the values come from the snapshot's columns");
        var session = reopened.OpenSession();
        var nodes = await session.RunAsync("MATCH (n:Num) RETURN n.v AS v ORDER BY v");
        nodes.Select(r => r["v"]).Should().Equal(values.Cast<object?>());
        var grouped = await session.RunAsync("MATCH ()-[r:NEXT]->() RETURN r.v AS v, count(*) AS c ORDER BY v");
        grouped.Select(r => r["v"]).Should().Equal(values.Cast<object?>());
        grouped.Select(r => r["c"]).Should().AllBeEquivalentTo(1L);
    }

    [Fact]
    public async Task Changes_on_top_of_a_compact_graph_survive_in_the_journal_and_in_the_next_snapshot()
    {
        await using (var db = OpenCompactingEachCommit())
        {
            await db.OpenSession().RunAsync(Graph);
        }

        List<string> expected;
        var changes = new[]
        {
            "MATCH (o:Org {name: 'JAXA'})-[r:PARTNER]->() DELETE r",
            "MATCH (n) WHERE n.name IS NULL DETACH DELETE n",
            "MATCH (o:Org {name: 'LSA'}) SET o.name = 'Luxembourg Space Agency', o:Agency REMOVE o:Org",
            "MATCH (a {code: 'LU'}), (b {code: 'JP'}) CREATE (a)-[:TRADE {volume: 1.5}]->(b), (b)-[:TRADE]->(a)",
            "MATCH (a {code: 'LU'}) CREATE (a)<-[:SEATED_IN]-(:Org {name: 'SES'})",
            "MATCH (n:Agency)-[r:SELF]->(n) SET r.kept = true",
        };
        await using (var db = EmbeddedGraphDatabase.Open(folder.Path))
        {
            foreach (var change in changes)
            {
                await db.OpenSession().RunAsync(change);
            }

            expected = await Answers(db);
        }

        await using (var replayed = EmbeddedGraphDatabase.Open(folder.Path))
        {
            replayed.Store.Current.Compact.IsEmpty.Should().BeFalse();
            (await Answers(replayed)).Should().Equal(expected, "the journal replays over the compact graph");
        }

        await using (var compacted = OpenCompactingEachCommit())
        {
            await compacted.OpenSession().RunAsync("MATCH (a:Agency) CREATE (a)-[:MARKS]->(:Marker)");
            expected = await Answers(compacted);
        }

        // A compaction keeps the property keys in use only ('note' went with its relationship), as it always did.
        static IEnumerable<string> InUse(List<string> answers) => answers.Where(a => a != "CALL db.prop: note");
        await using var reopened = EmbeddedGraphDatabase.Open(folder.Path);
        (await Answers(reopened)).Should().Equal(InUse(expected), "the next snapshot holds the changes as columns");
        reopened.Store.Current.Nodes.All().Should().BeEmpty("nothing changed since the snapshot");
    }

    [Fact]
    public async Task Relationship_types_of_adjacency_are_integer_ids_of_their_names()
    {
        await using (var db = OpenCompactingEachCommit())
        {
            await db.OpenSession().RunAsync(Graph);
        }

        await using var reopened = EmbeddedGraphDatabase.Open(folder.Path);
        var snapshot = reopened.Store.Current;
        var lsa = snapshot.NodesWithLabel("Org").Single(n => (string)n.Properties.Get("name")! == "LSA");
        RelationshipTypes.TryGetId("PARTNER", out var partner).Should().BeTrue();
        var partners = 0;
        foreach (var entry in lsa.OutgoingEntries)
        {
            if (entry.TypeId == partner)
            {
                partners++;
            }
        }

        partners.Should().Be(1);
        lsa.Outgoing.Count.Should().Be(3);
        lsa.Outgoing[0].Type.Should().Be(RelationshipTypes.NameOf(lsa.OutgoingEntries[0].TypeId));
        lsa.Incoming.Entries.ToArray().Select(e => RelationshipTypes.NameOf(e.TypeId)).Should().BeEquivalentTo(["PARTNER", "SELF"]);
    }

    [Fact]
    public async Task A_version_1_snapshot_still_opens_and_a_writable_open_rewrites_it_as_version_2()
    {
        using (var storage = OpenRecovered())
        {
            storage.Append([
                new CreateNode(0, ["City"], ImmutableDictionary<string, object>.Empty.Add("name", "Esch")),
                new CreateNode(1, ["Country"], ImmutableDictionary<string, object>.Empty),
                new CreateRelationship(0, "IN", 0, 1, ImmutableDictionary<string, object>.Empty.Add("since", 1906L)),
            ]);
        }

        WriteVersion1Snapshot(lastSequence: 1, StorageTestHelpers.Reopen(folder.Path).SelectMany(b => b).ToList());
        var snapshot = folder.File(DatabaseFiles.SnapshotFileName);

        using (var readOnly = FileDurableStorage.Open(folder.Path, new FileDurableStorageOptions { ReadOnly = true }))
        {
            readOnly.Recover().First().Should().NotBeOfType<CompactSnapshot>();
        }

        File.ReadAllBytes(snapshot)[8].Should().Be(1, "a read-only open changes nothing");
        await using (var db = EmbeddedGraphDatabase.Open(folder.Path))
        {
            var row = (await db.OpenSession().RunAsync("MATCH (c:City)-[r:IN]->(:Country) RETURN c.name AS c, r.since AS s"))[0];
            row.Values.Should().Equal("Esch", 1906L);
        }

        File.ReadAllBytes(snapshot)[8].Should().Be(2);
        await using var reopened = EmbeddedGraphDatabase.Open(folder.Path);
        reopened.Store.Current.Compact.IsEmpty.Should().BeFalse();
        (await reopened.OpenSession().RunAsync("MATCH (c:City)-[r:IN]->(:Country) RETURN c.name AS c, r.since AS s"))[0].Values
            .Should().Equal("Esch", 1906L);
    }

    [Fact]
    public void Mutations_that_do_not_fit_the_sections_read_back_exactly_in_order()
    {
        var props = ImmutableDictionary<string, object>.Empty.Add("k", 1L);
        GraphMutation[] state =
        [
            new CreateIndex("i", false, "A", ["k"]),
            new CreateNode(2, ["A", "A", "B"], props),
            new CreateNode(5, [], ImmutableDictionary<string, object>.Empty),
            new CreateRelationship(3, "R", 2, 5, props),
            new CreateNode(1, ["Late"], props), // an id below the previous one: the sections end here
            new CreateRelationship(4, "R", 5, 1, ImmutableDictionary<string, object>.Empty),
            new SetNodeProperty(2, "k", null),
        ];
        using (var storage = OpenRecovered(new FileDurableStorageOptions { SnapshotChunkBytes = 16 }))
        {
            storage.Compact(state);
        }

        var read = StorageTestHelpers.Reopen(folder.Path)[0];
        MutationText.Of(read).Should().Equal(MutationText.Of(state));
        var compact = read.Should().BeOfType<CompactSnapshot>().Subject;
        compact.NodeCount.Should().Be(2);
        compact.RelationshipCount.Should().Be(1);
        compact.Suffix.Should().HaveCount(3);
        CompactGraph.CanLoad(compact).Should().BeFalse("the store replays what does not fit as mutations");
    }

    [Fact]
    public void A_section_naming_an_undefined_label_set_is_corruption_naming_the_snapshot_even_with_valid_checksums()
    {
        var node = new PayloadWriter();
        node.WriteByte(JournalFormat.SnapshotNodesChunk);
        node.WriteCount(1);
        node.WriteVarUInt64(1); // id 0
        node.WriteVarUInt64(5); // label set 5: none was written
        node.WriteCount(0);
        WriteVersion2Snapshot(node, EndChunk(1));

        var act = () => StorageTestHelpers.Reopen(folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Kind == CypherErrorKind.StorageCorruption && e.Detail == StorageErrors.UndecodablePayload)
            .WithMessage($"storage corruption in {DatabaseFiles.SnapshotFileName} at byte offset *label set 5 is not defined*");
    }

    [Fact]
    public async Task A_relationship_to_a_node_the_snapshot_lacks_is_corruption_when_the_database_opens()
    {
        var tokens = new PayloadWriter();
        tokens.WriteByte(JournalFormat.SnapshotTokensChunk);
        tokens.WriteCount(1);
        tokens.WriteByte(JournalFormat.RelationshipTypeToken);
        tokens.WriteString("R");
        var sets = new PayloadWriter();
        sets.WriteByte(JournalFormat.SnapshotLabelSetsChunk);
        sets.WriteCount(1);
        sets.WriteCount(0);
        var node = new PayloadWriter();
        node.WriteByte(JournalFormat.SnapshotNodesChunk);
        node.WriteCount(1);
        node.WriteVarUInt64(1);
        node.WriteVarUInt64(0);
        node.WriteCount(0);
        var relationship = new PayloadWriter();
        relationship.WriteByte(JournalFormat.SnapshotRelationshipsChunk);
        relationship.WriteCount(1);
        relationship.WriteVarUInt64(1);
        relationship.WriteVarUInt64(0);
        relationship.WriteVarInt64(0);
        relationship.WriteVarInt64(7); // no node 7
        relationship.WriteCount(0);
        WriteVersion2Snapshot(tokens, sets, node, relationship, EndChunk(2));

        var act = async () => await EmbeddedGraphDatabase.Open(folder.Path).DisposeAsync();

        (await act.Should().ThrowAsync<CypherException>())
            .Where(e => e.Kind == CypherErrorKind.StorageCorruption && e.Detail == StorageErrors.BadSnapshot)
            .WithMessage($"*{DatabaseFiles.SnapshotFileName}*relationship 0 joins node 0 to node 7, which the snapshot does not hold*");
    }

    private static PayloadWriter EndChunk(long total)
    {
        var end = new PayloadWriter();
        end.WriteByte(JournalFormat.SnapshotEndChunk);
        end.WriteVarUInt64((ulong)total);
        return end;
    }

    private void WriteVersion2Snapshot(params PayloadWriter[] chunks)
    {
        using var stream = new FileStream(folder.File(DatabaseFiles.SnapshotFileName), FileMode.Create);
        stream.Write(FileHeader.Create(JournalFormat.SnapshotMagic, 0, JournalFormat.SnapshotFormatVersion));
        for (var i = 0; i < chunks.Length; i++)
        {
            WriteRecord(stream, i + 1, chunks[i]);
        }
    }

    private void WriteVersion1Snapshot(long lastSequence, List<GraphMutation> mutations)
    {
        using var stream = new FileStream(folder.File(DatabaseFiles.SnapshotFileName), FileMode.Create);
        stream.Write(FileHeader.Create(JournalFormat.SnapshotMagic, lastSequence, formatVersion: 1));
        var body = new PayloadWriter();
        body.WriteByte(JournalFormat.SnapshotDataChunk);
        body.WriteCount(mutations.Count);
        foreach (var mutation in mutations)
        {
            MutationCodec.Write(body, mutation);
        }

        WriteRecord(stream, 1, body);
        WriteRecord(stream, 2, EndChunk(mutations.Count));
    }

    private static void WriteRecord(FileStream stream, long sequence, PayloadWriter body)
    {
        var header = new byte[JournalFormat.RecordHeaderSize];
        RecordHeader.Write(header, sequence, body.WrittenSpan);
        stream.Write(header);
        stream.Write(body.WrittenSpan);
    }
}
