using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Listing;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Listing;

[Collection(SeedGraphCollection.Name)]
public sealed class WhereInputTests(SeedGraphFixture fixture)
{
    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public async Task GraphQL_style_input_filters_agreements()
    {
        var where = WhereInput.Read(Map(
            ("OR", new List<object?> { Map(("kind_in", new List<object?> { "LETTER_OF_INTENT" })), Map(("kind_in", new List<object?> { "COOPERATION_AGREEMENT" })) }),
            ("signedDate", Map(("gte", "2024-06-01"), ("lte", "2024-06-30"))),
            ("NOT", Map(("party", "org:government-of-japan")))));

        var page = await new ListService(fixture.Database).AgreementsAsync(where, first: 50);

        page.Nodes.Select(n => n.Id).Should().BeEquivalentTo("agr:lsa-jaxa-2024", "agr:luxprovide-jaxa-loi-2024");
    }

    [Theory]
    [InlineData("where.colour", "unknown field 'colour'")]
    [InlineData("where.OR[1].kind_in", "expected a list")]
    [InlineData("where.signedDate.gte", "expected a date")]
    [InlineData("where.NOT", "expected an input object")]
    [InlineData("where.parties_SOME.kind_in[1]", "OTHER stands for kinds the API does not know")]
    public void Malformed_input_names_the_field(string path, string message)
    {
        object? input = path switch
        {
            "where.colour" => Map(("colour", "red")),
            "where.OR[1].kind_in" => Map(("OR", new List<object?> { Map(), Map(("kind_in", "MOU")) })),
            "where.signedDate.gte" => Map(("signedDate", Map(("gte", "June 2024")))),
            "where.parties_SOME.kind_in[1]" => Map(("parties_SOME", Map(("kind_in", new List<object?> { "UNIVERSITY", "OTHER" })))),
            _ => Map(("NOT", "x")),
        };

        var act = () => WhereInput.Read(input);

        var error = act.Should().Throw<ExplorerException>().Which;
        error.Target.Should().Be(path);
        error.Message.Should().Contain(message);
    }
}
