using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Listing;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Listing;

/// <summary>
/// Nested connections for many parents at once (<see cref="ListService.ListWithinAsync"/>) give each parent exactly the
/// page, order, page info and total that a list filtered on that parent gives.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class ListServiceScopedTests(SeedGraphFixture fixture)
{
    private ListService Service => new(fixture.Database);

    public static TheoryData<string, string, string?, bool> Scopes => new()
    {
        // scope, parent type, sort field (null: the list's default order), descending
        { nameof(ListScope.AgreementsOfParty), "Organization", "SIGNED_DATE", true },
        { nameof(ListScope.AgreementsOfParty), "Organization", "PARTY_COUNT", false },
        { nameof(ListScope.AgreementsOfParty), "Organization", null, false },
        { nameof(ListScope.EventsOfParticipant), "Organization", "START_DATE", false },
        { nameof(ListScope.EventsOfParticipant), "Person", "NAME", true },
        { nameof(ListScope.OrganizationsInPlace), "Place", "AGREEMENT_COUNT", true },
        { nameof(ListScope.EventsInPlace), "Place", null, false },
        { nameof(ListScope.OrganizationsInSector), "Sector", "NAME", false },
        { nameof(ListScope.AgreementsInSector), "Sector", "TITLE", true },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Each_parent_gets_the_pages_of_a_list_filtered_on_it(string scopeName, string parentLabel, string? sortField, bool descending)
    {
        var scope = Scope(scopeName);
        var parents = await KeysAsync(parentLabel);
        IReadOnlyList<SortOrder>? orderBy = sortField is null ? null : [new SortOrder(sortField, descending)];
        parents.Should().NotBeEmpty();

        var first = await Service.ListWithinAsync(scope, parents, null, orderBy, first: 1, after: null);
        first.Keys.Should().BeEquivalentTo(parents);
        foreach (var parent in parents)
        {
            // Each parent pages on with its own cursors (a cursor belongs to one parent's list), as the filtered list does with its own.
            string? nestedAfter = null;
            string? listAfter = null;
            for (var pageNumber = 0; pageNumber < 3; pageNumber++)
            {
                var actual = pageNumber == 0 ? first[parent] : (await Service.ListWithinAsync(scope, [parent], null, orderBy, first: 1, after: nestedAfter))[parent];
                var expected = await Service.ListAsync(scope.Items, Criterion(scope, parent), orderBy, first: 1, after: listAfter);
                actual.TotalCount.Should().Be(expected.TotalCount, "the total of {0} in {1}", parent, scopeName);
                actual.Nodes.Select(n => n.Id).Should().Equal(expected.Nodes.Select(n => n.Id), "page {0} of {1} in {2}", pageNumber, parent, scopeName);
                (actual.PageInfo.HasNextPage, actual.PageInfo.HasPreviousPage).Should().Be((expected.PageInfo.HasNextPage, expected.PageInfo.HasPreviousPage));
                if (!actual.PageInfo.HasNextPage)
                {
                    break;
                }

                nestedAfter = actual.PageInfo.EndCursor;
                listAfter = expected.PageInfo.EndCursor;
            }
        }

        (await Service.ListWithinAsync(scope, parents, null, orderBy, 1, null)).Values.Should().Contain(c => c.TotalCount > 1,
            "some parent has more than one page, so the later pages are exercised");
    }

    [Fact]
    public async Task A_filter_applies_within_each_parent()
    {
        var where = new EntityWhere { SignedDate = new DateFilter(Gte: new DateOnly(2024, 1, 1)) };

        var batched = await Service.ListWithinAsync(ListScope.AgreementsOfParty, ["org:jaxa", "org:ulb"], where, null, 50, null);

        batched["org:jaxa"].Nodes.Select(n => n.Id).Should().BeEquivalentTo("agr:lsa-jaxa-2024", "agr:luxprovide-jaxa-loi-2024");
        foreach (var parent in new[] { "org:jaxa", "org:ulb" })
        {
            var expected = await Service.AgreementsAsync(new EntityWhere { And = [new EntityWhere { Party = parent }, where] }, first: 50);
            batched[parent].Nodes.Select(n => n.Id).Should().Equal(expected.Nodes.Select(n => n.Id));
        }
    }

    [Fact]
    public async Task Events_organised_and_attended_both_count_and_say_how()
    {
        var batched = await Service.ListWithinAsync(ListScope.EventsOfParticipant, ["org:chambre-de-commerce-luxembourg"], null, null, 50, null);

        var edges = batched["org:chambre-de-commerce-luxembourg"].Edges;
        edges.Should().Contain(e => e.Node.Id == "evt:luxembourg-japan-business-forum-2024" && e.Links.Single().Type == "ORGANIZED");
        edges.Should().Contain(e => e.Node.Id == "evt:expo-2025-osaka" && e.Links.Single().Type == "PARTICIPATED_IN");
    }

    [Fact]
    public async Task Unknown_parents_get_an_empty_page()
    {
        var batched = await Service.ListWithinAsync(ListScope.AgreementsOfParty, ["org:no-such-organisation", "not-a-key"], null, null, 5, null);

        batched.Values.Should().AllSatisfy(c =>
        {
            c.TotalCount.Should().Be(0);
            c.Edges.Should().BeEmpty();
            c.PageInfo.HasNextPage.Should().BeFalse();
        });
    }

    [Fact]
    public async Task An_event_organised_and_attended_is_one_item_with_both_ties_and_counts_once()
    {
        await using var database = await GraphExplorer.TestSupport.Backends.TestBackend.CreateDatabaseAsync();
        await using (var session = database.OpenSession())
        {
            await session.RunAsync(
                "CREATE (o:Organization {key: 'org:a-host', name: 'Host'}), (p:Organization {key: 'org:guest', name: 'Guest'}), " +
                "(e:Event {key: 'evt:forum', name: 'Forum'}), (f:Event {key: 'evt:fair', name: 'Fair'}), " +
                "(o)-[:ORGANIZED]->(e), (o)-[:PARTICIPATED_IN {role: 'speaker'}]->(e), (p)-[:PARTICIPATED_IN]->(e), (p)-[:PARTICIPATED_IN]->(f)");
        }

        var service = new ListService(database);
        var events = (await service.ListWithinAsync(ListScope.EventsOfParticipant, ["org:a-host"], null, null, 10, null))["org:a-host"];
        var byEvents = await service.OrganizationsAsync(orderBy: [new SortOrder("EVENT_COUNT", Descending: true)]);

        events.TotalCount.Should().Be(1);
        events.Edges.Single().Links.Select(l => l.Type).Should().Equal("ORGANIZED", "PARTICIPATED_IN");
        byEvents.Nodes.Select(n => n.Id).Should().Equal(["org:guest", "org:a-host"], "the guest attended two events, the host one (a tie at two would put the host first by id)");
    }

    private static ListScope Scope(string name) =>
        (ListScope)typeof(ListScope).GetProperty(name)!.GetValue(null)!;

    /// <summary>The top-level list criterion that means the same as the scope.</summary>
    private static EntityWhere Criterion(ListScope scope, string parent) => scope switch
    {
        _ when scope == ListScope.AgreementsOfParty => new EntityWhere { Party = parent },
        _ when scope == ListScope.EventsOfParticipant => parent.StartsWith("person:", StringComparison.Ordinal)
            ? new EntityWhere { Participant = parent } // people do not organise (ORGANIZED is from organisations)
            : new EntityWhere { Or = [new EntityWhere { Participant = parent }, new EntityWhere { Organizer = parent }] },
        _ when scope == ListScope.OrganizationsInPlace => new EntityWhere { Country = parent },
        _ when scope == ListScope.EventsInPlace => new EntityWhere { Place = parent },
        _ when scope == ListScope.OrganizationsInSector || scope == ListScope.AgreementsInSector => new EntityWhere { Sector = parent },
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    private async Task<List<string>> KeysAsync(string label)
    {
        var rows = await fixture.Database.ReadAsync($"MATCH (n:{label}) RETURN n.key AS key ORDER BY key");
        return [.. rows.Select(r => r.Get<string>("key"))];
    }
}
