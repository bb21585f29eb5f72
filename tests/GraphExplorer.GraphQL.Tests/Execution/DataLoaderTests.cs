using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>Keys requested during one execution level are loaded in one batch call; a key is loaded once per request.</summary>
public sealed class DataLoaderTests
{
    private sealed record Agreement(int Id, int PartyId, int WitnessId);

    private sealed record Organization(int Id, string Name, int CountryId);

    private sealed class FakeDatabase
    {
        public int RoundTrips;
        public List<int> LastKeys = [];

        public async Task<IReadOnlyDictionary<int, Organization>> LoadOrganizations(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref RoundTrips);
            LastKeys = ids.ToList();
            await Task.Delay(5, cancellationToken);
            return ids.ToDictionary(id => id, id => new Organization(id, "Org " + id, id % 3));
        }

        public async Task<IReadOnlyDictionary<int, string>> LoadCountries(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref RoundTrips);
            await Task.Yield();
            return ids.ToDictionary(id => id, id => "Country " + id);
        }
    }

    private static Schema BuildSchema(FakeDatabase database, int count) => SchemaBuilder.FromSdl("""
            type Query { agreements: [Agreement!]! }
            type Agreement { id: Int! party: Organization witness: Organization }
            type Organization { id: Int! name: String! country: String }
            """)
        .BindField("Query", "agreements", _ => Enumerable.Range(1, count).Select(i => new Agreement(i, i % 10, 100 + (i % 5))).ToList())
        .BindFieldAsync("Agreement", "party", c =>
            c.GetDataLoader<int, Organization>("organizations", database.LoadOrganizations).LoadAsync(((Agreement)c.Source!).PartyId))
        .BindFieldAsync("Agreement", "witness", c =>
            c.GetDataLoader<int, Organization>("organizations", database.LoadOrganizations).LoadAsync(((Agreement)c.Source!).WitnessId))
        .BindFieldAsync("Organization", "country", c =>
            c.GetDataLoader<int, string>("countries", database.LoadCountries).LoadAsync(((Organization)c.Source!).CountryId))
        .Build();

    [Fact]
    public async Task Hundred_agreements_load_their_organizations_in_one_round_trip()
    {
        var database = new FakeDatabase();
        var schema = BuildSchema(database, 100);

        var result = await Run.Execute(schema, "{ agreements { id party { name } witness { id } } }");

        result.Errors.Should().BeNull();
        database.RoundTrips.Should().Be(1);
        database.LastKeys.Should().BeEquivalentTo(Enumerable.Range(0, 10).Concat(Enumerable.Range(100, 5)));
        var agreements = (IList<object?>)result.Data!["agreements"]!;
        agreements.Should().HaveCount(100);
        ((IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)agreements[42]!)["party"]!)["name"].Should().Be("Org 3");
    }

    [Fact]
    public async Task Each_level_is_one_batch_per_loader()
    {
        var database = new FakeDatabase();
        var schema = BuildSchema(database, 100);

        var result = await Run.Execute(schema, "{ agreements { party { name country } } }");

        result.Errors.Should().BeNull();
        database.RoundTrips.Should().Be(2, "one organizations batch, then one countries batch");
        result.ToJson().Should().Contain("""{"party":{"name":"Org 4","country":"Country 1"}}""");
    }

    [Fact]
    public async Task Loaders_are_per_request()
    {
        var database = new FakeDatabase();
        var schema = BuildSchema(database, 3);
        await Run.Execute(schema, "{ agreements { party { name } } }");
        await Run.Execute(schema, "{ agreements { party { name } } }");
        database.RoundTrips.Should().Be(2);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_waiting_field()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .BindFieldAsync("Query", "a", c => c.GetDataLoader<string, string>("x", Fail).LoadAsync("a"))
            .BindFieldAsync("Query", "b", c => c.GetDataLoader<string, string>("x", Fail).LoadAsync("b"))
            .Build();
        var result = await Run.Execute(schema, "{ a b }");
        result.Errors!.Select(e => e.Message).Should().Equal("store down", "store down");
        result.ToJson().Should().EndWith("\"data\":{\"a\":null,\"b\":null}}");

        static Task<IReadOnlyDictionary<string, string>> Fail(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            throw new GraphQLException("store down", "UNAVAILABLE");
    }

    [Fact]
    public async Task Resolvers_that_await_before_loading_still_share_a_batch()
    {
        var database = new FakeDatabase();
        var schema = SchemaBuilder.FromSdl("type Query { agreements: [Agreement!]! } type Agreement { party: Organization } type Organization { name: String }")
            .BindField("Query", "agreements", _ => Enumerable.Range(1, 50).Select(i => new Agreement(i, i, 0)).ToList())
            .BindFieldAsync("Agreement", "party", async c =>
            {
                await Task.Yield();
                return await c.GetDataLoader<int, Organization>("organizations", database.LoadOrganizations).LoadAsync(((Agreement)c.Source!).PartyId);
            })
            .Build();

        var result = await Run.Execute(schema, "{ agreements { party { name } } }");

        result.Errors.Should().BeNull();
        database.RoundTrips.Should().BeLessThanOrEqualTo(5, "keys that arrive within a few scheduling turns share a batch (typically exactly one)");
    }
}
