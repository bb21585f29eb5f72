using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Api;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Stewardship;

/// <summary>The linkable relationship types: the model's table, as <c>link</c> checks it and <c>linkRules</c> gives it.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class LinkRulesTests(SeedGraphFixture fixture)
{
    [Fact]
    public void Every_drawable_type_is_linkable_with_what_it_joins_and_provenance_is_not()
    {
        LinkRules.All.Select(r => r.Type).Should().Equal(GraphModel.DrawableRelationshipTypes);
        LinkRules.All.Should().NotContain(r => r.Type == GraphModel.CitedIn);
        var party = LinkRules.All.Single(r => r.Type == "PARTY_TO");
        party.Label.Should().Be("party to");
        party.From.Should().Equal(EntityType.Organization, EntityType.Person);
        party.To.Should().Equal(EntityType.Agreement);
    }

    [Theory]
    [InlineData("PARTY_TO", "role")]
    [InlineData("PARTICIPATED_IN", "role")]
    [InlineData("HOLDS_ROLE", "title")]
    [InlineData("SIGNED_AT", "")]
    [InlineData("IN_SECTOR", "")]
    public void A_type_carries_a_role_or_title_only_where_the_model_gives_it_one(string type, string properties)
    {
        string.Join(",", LinkRules.All.Single(r => r.Type == type).Properties).Should().Be(properties);
    }

    [Fact]
    public async Task The_API_gives_the_table_with_entity_types_as_the_schema_names_them()
    {
        var data = await new ApiQuery(fixture.Database).DataAsync("{ linkRules { type label from to properties } }");

        var rules = data.GetProperty("linkRules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("type").GetString()).Should().Equal(GraphModel.DrawableRelationshipTypes);
        var holdsRole = rules.Single(r => r.GetProperty("type").GetString() == "HOLDS_ROLE");
        holdsRole.GetProperty("from").EnumerateArray().Select(e => e.GetString()).Should().Equal("PERSON");
        holdsRole.GetProperty("to").EnumerateArray().Select(e => e.GetString()).Should().Equal("ORGANIZATION");
        holdsRole.GetProperty("properties").EnumerateArray().Select(e => e.GetString()).Should().Equal("title");
        holdsRole.GetProperty("label").GetString().Should().Be("holds role in");
    }
}
