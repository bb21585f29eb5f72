using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Listing;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Listing;

[Collection(SeedGraphCollection.Name)]
public sealed class ListServiceTests(SeedGraphFixture fixture)
{
    private ListService Service => new(fixture.Database);

    [Fact]
    public async Task Pages_follow_each_other_without_gap_or_overlap_and_report_the_total()
    {
        var all = await Service.OrganizationsAsync(first: 500);
        var seen = new List<string>();
        string? after = null;
        Connection page;
        do
        {
            page = await Service.OrganizationsAsync(first: 7, after: after);
            page.TotalCount.Should().Be(50);
            seen.AddRange(page.Nodes.Select(n => n.Id));
            after = page.PageInfo.EndCursor;
        }
        while (page.PageInfo.HasNextPage);

        seen.Should().Equal(all.Nodes.Select(n => n.Id));
        all.Nodes.Select(n => n.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task The_second_page_has_a_previous_page_and_cursors_are_opaque()
    {
        var first = await Service.OrganizationsAsync(first: 5);
        var second = await Service.OrganizationsAsync(first: 5, after: first.PageInfo.EndCursor);

        first.PageInfo.HasPreviousPage.Should().BeFalse();
        second.PageInfo.HasPreviousPage.Should().BeTrue();
        // Signed keyset cursors bound to the list (see RelayConnectionTests), not a readable offset; base64url, no padding.
        second.Edges[0].Cursor.Should().NotBe(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("v1:5"))).And.MatchRegex("^[A-Za-z0-9_-]{40,}$");
        second.Edges.Select(e => e.Cursor).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Organisations_sort_by_number_of_agreements()
    {
        var page = await Service.OrganizationsAsync(orderBy: [new SortOrder("AGREEMENT_COUNT", Descending: true)], first: 3);

        page.Nodes[0].Id.Should().BeOneOf("org:ulb", "org:jaxa", "org:government-of-luxembourg", "org:government-of-japan");
    }

    [Fact]
    public async Task Nested_or_and_not_filters_combine()
    {
        var where = new EntityWhere
        {
            Or = [new EntityWhere { KindIn = ["mou"] }, new EntityWhere { KindIn = ["letter_of_intent"] }],
            Not = new EntityWhere { Party = "org:jaxa" },
        };

        var page = await Service.AgreementsAsync(where, first: 50);

        page.Nodes.Select(n => n.Id).Should().BeEquivalentTo("agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2");
        page.TotalCount.Should().Be(2);
    }

    [Fact]
    public async Task Agreements_filter_by_signing_date_and_party()
    {
        var where = new EntityWhere { Party = "org:jaxa", SignedDate = new DateFilter(Gte: new DateOnly(2024, 1, 1)) };

        var page = await Service.AgreementsAsync(where, [new SortOrder("SIGNED_DATE")], first: 50);

        page.Nodes.Select(n => n.Id).Should().BeEquivalentTo("agr:lsa-jaxa-2024", "agr:luxprovide-jaxa-loi-2024");
    }

    [Fact]
    public async Task Text_filters_are_accent_insensitive()
    {
        var page = await Service.OrganizationsAsync(new EntityWhere { Text = "Université Libre" });

        page.Nodes.Select(n => n.Id).Should().Equal("org:ulb");
    }

    [Fact]
    public async Task Events_filter_by_place_within_a_country()
    {
        var page = await Service.EventsAsync(new EntityWhere { Place = "place:kyoto" }, first: 50);

        page.Nodes.Select(n => n.Id).Should().Contain("evt:luxembourg-expo-2025-economic-missions");
    }

    [Fact]
    public async Task People_filter_by_organisation()
    {
        var page = await Service.PeopleAsync(new EntityWhere { Organization = "org:maee-luxembourg" }, first: 50);

        page.Nodes.Select(n => n.Id).Should().Contain("person:xavier-bettel").And.OnlyContain(id => id.StartsWith("person:"));
    }

    [Fact]
    public async Task A_criterion_that_does_not_apply_names_its_path()
    {
        var act = () => Service.OrganizationsAsync(new EntityWhere { Or = [new EntityWhere(), new EntityWhere { Party = "org:jaxa" }] });

        var error = (await act.Should().ThrowAsync<ExplorerException>()).Which;
        error.Code.Should().Be(ApplicationErrorCode.InvalidArgument);
        error.Target.Should().Be("where.OR[1].party");
    }

    [Fact]
    public async Task An_unknown_kind_is_a_clear_error()
    {
        var act = () => Service.AgreementsAsync(new EntityWhere { KindIn = ["treaty"] });

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Message.Should().Contain("'treaty'");
    }

    [Fact]
    public async Task A_malformed_cursor_is_a_clear_error()
    {
        var act = () => Service.OrganizationsAsync(after: "not-a-cursor");

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("after");
    }

    [Fact]
    public async Task An_unknown_sort_field_is_a_clear_error()
    {
        var act = () => Service.EventsAsync(orderBy: [new SortOrder("TITLE")]);

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Message.Should().Contain("START_DATE");
    }

    [Fact]
    public async Task Agreements_filter_on_their_parties()
    {
        var where = new EntityWhere
        {
            PartiesSome = new EntityWhere { KindIn = ["university"], Country = "place:belgium" },
            KindIn = ["mou"],
        };

        var page = await Service.AgreementsAsync(where, first: 50);

        page.Nodes.Select(n => n.Id).Should().BeEquivalentTo("agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2");
    }

    [Fact]
    public async Task Some_and_none_of_the_parties_combine()
    {
        var where = new EntityWhere
        {
            PartiesSome = new EntityWhere { Country = "place:japan" },
            PartiesNone = new EntityWhere { KindIn = ["government"] },
        };

        var page = await Service.AgreementsAsync(where, first: 50);

        page.Nodes.Select(n => n.Id).Should().BeEquivalentTo("agr:lsa-jaxa-2024", "agr:luxprovide-jaxa-loi-2024", "agr:bfc-kumamoto-partnership");
    }

    [Fact]
    public async Task Organisations_filter_on_their_agreements()
    {
        var signedSince2024 = new EntityWhere { SignedDate = new DateFilter(Gte: new DateOnly(2024, 1, 1)) };

        var some = await Service.OrganizationsAsync(new EntityWhere { AgreementsSome = signedSince2024 }, first: 50);
        var none = await Service.OrganizationsAsync(new EntityWhere { AgreementsNone = signedSince2024 }, first: 500);

        some.Nodes.Select(n => n.Id).Should().BeEquivalentTo(
            "org:government-of-luxembourg", "org:government-of-japan", "org:jaxa", "org:luxprovide", "org:luxembourg-space-agency");
        (some.TotalCount + none.TotalCount).Should().Be(50);
    }

    [Fact]
    public async Task A_criterion_of_a_related_filter_names_its_path()
    {
        var act = () => Service.AgreementsAsync(new EntityWhere { PartiesSome = new EntityWhere { Or = [new EntityWhere { Party = "org:jaxa" }] } });

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("where.parties_SOME.OR[0].party");
    }

    [Theory]
    [InlineData("japan")]
    [InlineData("org:jaxa")]
    public async Task An_id_of_the_wrong_kind_in_a_filter_is_an_error_not_an_empty_list(string country)
    {
        var act = () => Service.OrganizationsAsync(new EntityWhere { Country = country });

        var error = (await act.Should().ThrowAsync<ExplorerException>()).Which;
        error.Target.Should().Be("where.country");
        error.Message.Should().Contain("a place (place:…)");
    }

    [Fact]
    public async Task A_well_formed_id_that_names_nothing_matches_nothing()
    {
        var page = await Service.OrganizationsAsync(new EntityWhere { Country = "place:atlantis" });

        page.TotalCount.Should().Be(0);
    }
}
