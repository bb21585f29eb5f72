using System.Text.Json;
using GraphExplorer.Application.Api;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Api;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Application.Tests.Visibility;

/// <summary>
/// Each read path with a restricted entity (JAXA), a restricted tie (Kumamoto prefecture's party to the Bourgogne-Franche-Comté
/// partnership) and an internal entity (LuxProvide) on a seed graph of its own: a public reader never meets them, an
/// internal reader meets only the internal one, and the read audit records who met what.
/// </summary>
public sealed class VisibilityReadPathTests : IAsyncLifetime
{
    private const string Jaxa = "org:jaxa";
    private const string RestrictedTie = "org:kumamoto-prefecture|PARTY_TO|agr:bfc-kumamoto-partnership";

    private static readonly VisibilityLevels Levels = new(["public", "internal", "restricted"]);
    private static readonly ReaderVisibility PublicReader = Levels.UpTo("public");
    private static readonly ReaderVisibility InternalReader = Levels.UpTo("internal");

    private IGraphDatabase database = null!;

    private ApiQuery Api => new(database);

    public async Task InitializeAsync()
    {
        (database, _) = await SeedGraphFixture.CreateLoadedAsync();
        await using var session = database.OpenSession();
        await session.RunAsync("MATCH (n:Organization {key: 'org:jaxa'}) SET n.visibility = 'restricted'");
        await session.RunAsync("MATCH (n:Organization {key: 'org:luxprovide'}) SET n.visibility = 'internal'");
        await session.RunAsync(
            "MATCH (:Organization {key: 'org:kumamoto-prefecture'})-[r:PARTY_TO]->(:Agreement {key: 'agr:bfc-kumamoto-partnership'}) SET r.visibility = 'restricted'");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public void The_highest_level_reads_unfiltered_and_the_others_read_their_levels_and_below()
    {
        Levels.UpTo("restricted").IsRestricted.Should().BeFalse();
        InternalReader.Levels.Should().Equal("public", "internal");
        VisibilityLevels.Default.UpTo("public").IsRestricted.Should().BeFalse("with the one default level nothing is filtered");
    }

    [Fact]
    public async Task Node_of_a_hidden_entity_is_null_like_an_unknown_id()
    {
        const string Query = """{ node(id: "org:jaxa") { id } entity(id: "org:jaxa") { id } }""";

        (await ReadAsync(PublicReader, Query)).GetRawText().Should().Be("""{"data":{"node":null,"entity":null}}""");
        (await ReadAsync(InternalReader, Query)).GetRawText().Should().Be("""{"data":{"node":null,"entity":null}}""");
        (await Api.DataAsync(Query)).GetProperty("node").GetProperty("id").GetString().Should().Be(Jaxa);
    }

    [Fact]
    public async Task Errors_about_a_hidden_entity_read_as_errors_about_an_unknown_one()
    {
        var hidden = await ReadAsync(PublicReader, """{ neighbourhood(id: "org:jaxa") { nodes { id } } }""");
        var unknown = await ReadAsync(PublicReader, """{ neighbourhood(id: "org:no-such-thing") { nodes { id } } }""");

        Message(hidden).Should().Be(Message(unknown)!.Replace("org:no-such-thing", Jaxa, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_counts_and_filters_leave_out_the_hidden_entity()
    {
        const string Query = """
            { organizations(first: 500) { totalCount nodes { id } }
              agreements(first: 500, where: { party: "org:jaxa" }) { totalCount }
              some: agreements(first: 500, where: { parties: { some: { id: { eq: "org:jaxa" } } } }) { totalCount } }
            """;
        var all = await Api.DataAsync(Query);

        var seen = (await ReadAsync(PublicReader, Query)).GetProperty("data");

        seen.GetProperty("organizations").GetProperty("totalCount").GetInt32().Should().Be(all.GetProperty("organizations").GetProperty("totalCount").GetInt32() - 2);
        Ids(seen.GetProperty("organizations")).Should().NotContain([Jaxa, "org:luxprovide"]);
        all.GetProperty("agreements").GetProperty("totalCount").GetInt32().Should().BePositive();
        seen.GetProperty("agreements").GetProperty("totalCount").GetInt32().Should().Be(0);
        seen.GetProperty("some").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Search_does_not_find_the_hidden_entity()
    {
        const string Query = """{ search(text: "JAXA") { entity { id } } }""";

        (await Api.DataAsync(Query)).GetProperty("search").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()).Should().Contain(Jaxa);
        (await ReadAsync(PublicReader, Query)).GetProperty("data").GetProperty("search").EnumerateArray()
            .Select(h => h.GetProperty("entity").GetProperty("id").GetString()).Should().NotContain(Jaxa);
    }

    [Fact]
    public async Task Neighbourhoods_and_degrees_leave_out_hidden_neighbours_and_ties()
    {
        const string Query = """{ neighbourhood(id: "agr:bfc-kumamoto-partnership") { nodes { id degree } edges { id } } }""";
        var all = (await Api.DataAsync(Query)).GetProperty("neighbourhood");

        var seen = (await ReadAsync(PublicReader, Query)).GetProperty("data").GetProperty("neighbourhood");

        Ids(all.GetProperty("edges")).Should().Contain(RestrictedTie);
        Ids(seen.GetProperty("edges")).Should().NotContain(RestrictedTie);
        Degree(seen, "agr:bfc-kumamoto-partnership").Should().Be(Degree(all, "agr:bfc-kumamoto-partnership") - 1);
    }

    [Fact]
    public async Task A_visible_tie_cites_no_source_the_reader_may_not_see()
    {
        const string Query = """
            { neighbourhood(id: "org:luxembourg-space-agency") { edges { citations { source { id } } } }
              node(id: "org:luxembourg-space-agency") { ... on Organization { agreements(first: 50) { edges { citations { source { id } } } } } } }
            """;
        var all = await Api.DataAsync(Query);
        var cited = EdgeSources(all.GetProperty("node").GetProperty("agreements").GetProperty("edges")).First();
        EdgeSources(all.GetProperty("neighbourhood").GetProperty("edges")).Should().Contain(cited);
        await using (var session = database.OpenSession())
        {
            await session.RunAsync("MATCH (s:Source {key: $key}) SET s.visibility = 'internal'", new Dictionary<string, object?> { ["key"] = cited });
        }

        var seen = (await ReadAsync(PublicReader, Query)).GetProperty("data");
        var seenInternally = (await ReadAsync(InternalReader, Query)).GetProperty("data");

        EdgeSources(seen.GetProperty("neighbourhood").GetProperty("edges")).Should().NotContain(cited);
        EdgeSources(seen.GetProperty("node").GetProperty("agreements").GetProperty("edges")).Should().NotContain(cited);
        EdgeSources(seenInternally.GetProperty("neighbourhood").GetProperty("edges")).Should().Contain(cited);
        EdgeSources(seenInternally.GetProperty("node").GetProperty("agreements").GetProperty("edges")).Should().Contain(cited);
    }

    private static IEnumerable<string?> EdgeSources(JsonElement edges) =>
        edges.EnumerateArray().SelectMany(e => e.GetProperty("citations").EnumerateArray()).Select(c => c.GetProperty("source").GetProperty("id").GetString());

    [Fact]
    public async Task Paths_never_pass_through_a_hidden_tie()
    {
        const string Query = """{ connections(from: "org:vitagora", to: "org:kumamoto-prefecture") { paths { edges { id } } weakerPaths { edges { id } } } }""";
        var all = (await Api.DataAsync(Query)).GetProperty("connections");

        var seen = (await ReadAsync(PublicReader, Query)).GetProperty("data").GetProperty("connections");

        EdgeIds(all).Should().Contain(RestrictedTie);
        EdgeIds(seen).Should().NotContain(RestrictedTie);
    }

    [Fact]
    public async Task Partners_through_a_hidden_tie_are_not_partners()
    {
        const string Query = """{ partners(id: "org:kumamoto-prefecture", first: 100) { partner { id } agreements { id } } }""";

        static IEnumerable<string?> Shared(JsonElement partners) =>
            partners.EnumerateArray().SelectMany(p => p.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("id").GetString()));

        Shared((await Api.DataAsync(Query)).GetProperty("partners")).Should().Contain("agr:bfc-kumamoto-partnership");
        Shared((await ReadAsync(PublicReader, Query)).GetProperty("data").GetProperty("partners")).Should().NotContain("agr:bfc-kumamoto-partnership");
    }

    [Fact]
    public async Task An_internal_reader_sees_the_internal_entity_and_the_read_is_audited()
    {
        var reads = new RestrictedReads("desk-officer", Levels.Lowest);

        var seen = await ReadAuditedAsync(InternalReader, reads, """{ node(id: "org:luxprovide") { id } }""");
        await ReadAuditTrail.RecordAsync(database, reads, DateTimeOffset.UtcNow, "trace-1");

        seen.GetProperty("data").GetProperty("node").GetProperty("id").GetString().Should().Be("org:luxprovide");
        var trail = await ReadAuditTrail.ListAsync(database, "desk-officer", 10);
        trail.Should().ContainSingle();
        trail[0].Request.Should().Be("trace-1");
        trail[0].Items.Should().Equal("node org:luxprovide (internal)");
    }

    [Fact]
    public async Task A_public_reader_meets_nothing_restricted_so_nothing_is_audited()
    {
        var reads = new RestrictedReads("visitor", Levels.Lowest);

        await ReadAuditedAsync(PublicReader, reads, """{ organizations(first: 500) { nodes { id } } neighbourhood(id: "org:kumamoto-prefecture") { edges { id } } }""");
        await ReadAuditTrail.RecordAsync(database, reads, DateTimeOffset.UtcNow, "trace-2");

        reads.IsEmpty.Should().BeTrue();
        (await ReadAuditTrail.ListAsync(database, "visitor", 10)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_steward_sets_levels_on_entities_and_ties_and_an_unknown_level_is_refused_by_name()
    {
        var stewardship = new StewardshipService(database) { Levels = Levels };
        var citation = new CitationInput("src:001-20df84f1ae021dc9", "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo");

        var refused = () => stewardship.UpsertOrganizationAsync("alice", new OrganizationInput(citation, Id: "org:luxprovide", Visibility: "secret"));
        (await refused.Should().ThrowAsync<ExplorerException>()).Which.Message.Should().Be(
            "input.visibility: 'secret' is not a visibility level (expected one of public, internal, restricted)");
        await stewardship.UpsertOrganizationAsync("alice", new OrganizationInput(citation, Id: "org:luxprovide", Visibility: "restricted"));
        await stewardship.LinkAsync("alice", new LinkInput("org:luxprovide", "agr:lsa-jaxa-2024", "PARTY_TO", citation, Visibility: "internal"));

        (await ReadAsync(InternalReader, """{ node(id: "org:luxprovide") { id } }""")).GetRawText().Should().Be("""{"data":{"node":null}}""");
        await using var session = database.OpenSession();
        var tie = await session.RunAsync("MATCH (:Organization {key: 'org:luxprovide'})-[r:PARTY_TO]->(:Agreement {key: 'agr:lsa-jaxa-2024'}) RETURN r.visibility AS v");
        tie.Single()["v"].Should().Be("internal");
    }

    [Fact]
    public async Task Live_updates_tell_a_restricted_reader_only_of_entities_it_may_see()
    {
        var feed = new ChangeFeed();
        var engine = new GraphQLEngine(ExplorerSchema.Create(database, new StewardKeyVerifier([]), _ => null, feed));

        var ids = await FirstBatchAsync(engine, feed, PublicReader, new CommittedChange("mutation:1", "upsertOrganization", DateTimeOffset.UtcNow,
            [Jaxa, "org:luxprovide", "org:vitagora"], ["org:gone"]));

        ids.Should().Equal("org:vitagora");
    }

    private static async Task<IReadOnlyList<string?>> FirstBatchAsync(GraphQLEngine engine, ChangeFeed feed, ReaderVisibility reader, CommittedChange change)
    {
        ReaderVisibility.Current = reader;
        const string Subscription = "subscription { batchCommitted { entityIds } }";
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var subscription = await engine.SubscribeAsync(engine.Prepare(Subscription), new GraphQLRequest(Subscription), cancellationToken: stop.Token);
        await using var events = subscription.Events!.GetAsyncEnumerator(stop.Token);
        var next = events.MoveNextAsync().AsTask();
        while (!feed.HasSubscribers)
        {
            await Task.Delay(10, stop.Token);
        }

        feed.Publish(change);
        (await next).Should().BeTrue();
        var json = JsonDocument.Parse(events.Current.ToJson()).RootElement;
        return [.. json.GetProperty("data").GetProperty("batchCommitted").GetProperty("entityIds").EnumerateArray().Select(i => i.GetString())];
    }

    private Task<JsonElement> ReadAsync(ReaderVisibility reader, string query) =>
        RestrictedReaderEquivalenceTests.AsAsync(reader, () => Api.PostAsync(query));

    private async Task<JsonElement> ReadAuditedAsync(ReaderVisibility reader, RestrictedReads reads, string query)
    {
        RestrictedReads.Current = reads;
        return await ReadAsync(reader, query);
    }

    private static string? Message(JsonElement response) => response.GetProperty("errors")[0].GetProperty("message").GetString();

    private static IEnumerable<string?> Ids(JsonElement listOrConnection) =>
        (listOrConnection.ValueKind == JsonValueKind.Array ? listOrConnection : listOrConnection.GetProperty("nodes"))
            .EnumerateArray().Select(n => n.GetProperty("id").GetString());

    private static IEnumerable<string?> EdgeIds(JsonElement connections) =>
        new[] { "paths", "weakerPaths" }.SelectMany(p => connections.GetProperty(p).EnumerateArray())
            .SelectMany(path => path.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()));

    private static int Degree(JsonElement subgraph, string id) =>
        subgraph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id).GetProperty("degree").GetInt32();
}
