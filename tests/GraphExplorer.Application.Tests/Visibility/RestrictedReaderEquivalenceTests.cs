using System.Text.Json;
using GraphExplorer.Application.Tests.Api;
using GraphExplorer.Application.Visibility;

namespace GraphExplorer.Application.Tests.Visibility;

/// <summary>
/// The property of restricted ties: whatever a reader asks — lists and their counts, sorts and filters, nested
/// connections, aggregates and groups, search, node lookups, neighbourhoods with degrees, paths, partners, gaps — a
/// reader who may not see the restricted items gets exactly the answer an unrestricted reader gets from the same data
/// with those items removed. Queries are drawn by a seeded generator, so a failure names a reproducible query.
/// </summary>
public sealed class RestrictedReaderEquivalenceTests(RestrictedSeedFixture fixture) : IClassFixture<RestrictedSeedFixture>
{
    private const int Queries = 150;

    private static readonly ReaderVisibility PublicAndInternal = ReaderVisibility.Restricted(["public", "internal"]);

    [Fact]
    public void The_fixture_hides_some_of_every_kind_of_item()
    {
        fixture.HiddenKeys.Should().HaveCountGreaterThan(10);
        fixture.HiddenTies.Should().HaveCountGreaterThan(10);
        fixture.HiddenKeys.Select(k => k.Split(':')[0]).Distinct().Should().HaveCountGreaterThan(3);
    }

    [Fact]
    public async Task A_restricted_reader_gets_what_an_unrestricted_reader_gets_with_the_restricted_items_removed()
    {
        var restricted = new ApiQuery(fixture.Restricted);
        var removed = new ApiQuery(fixture.Removed);
        var generator = new RandomReadQueries(new Random(RestrictedSeedFixture.Seed), fixture.Keys);
        var differences = new List<string>();
        var malformed = new List<string>();
        var revealing = 0;
        for (var i = 0; i < Queries; i++)
        {
            var query = generator.Next();
            var response = await AsAsync(PublicAndInternal, () => restricted.PostAsync(query));
            var seen = response.GetRawText();
            var expected = (await removed.PostAsync(query)).GetRawText();
            // Only ids that name nothing (to this reader) may fail: a query the schema refuses would compare nothing.
            if (response.TryGetProperty("errors", out var errors) &&
                errors.EnumerateArray().Any(e => !e.TryGetProperty("extensions", out var x) || x.GetProperty("code").GetString() != "NOT_FOUND"))
            {
                malformed.Add($"#{i} {query}\n  {Shorten(seen)}");
            }

            // The queries must meet the hidden items, or their equality would prove nothing.
            if ((await restricted.PostAsync(query)).GetRawText() != expected)
            {
                revealing++;
            }

            if (seen != expected)
            {
                differences.Add($"#{i} {query}\n  restricted reader: {Shorten(seen)}\n  items removed:     {Shorten(expected)}");
            }
        }

        malformed.Should().BeEmpty();
        revealing.Should().BeGreaterThan(Queries / 4, "an unrestricted reader of the same queries meets the hidden items");
        differences.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unrestricted_reader_of_the_restricted_data_sees_more_so_the_comparison_can_fail()
    {
        var restricted = new ApiQuery(fixture.Restricted);
        var removed = new ApiQuery(fixture.Removed);
        const string Query = "{ organizations(first: 500) { totalCount } agreements(first: 500) { totalCount } aggregates { entitiesByType { key count } } }";

        var everything = (await restricted.PostAsync(Query)).GetRawText();

        everything.Should().NotBe((await removed.PostAsync(Query)).GetRawText());
        (await AsAsync(PublicAndInternal, () => restricted.PostAsync(Query))).GetRawText().Should().Be((await removed.PostAsync(Query)).GetRawText());
    }

    /// <summary>Runs <paramref name="read"/> as <paramref name="reader"/>: the reader is set in this async method only,
    /// so it never leaks to the caller's next read.</summary>
    internal static async Task<JsonElement> AsAsync(ReaderVisibility reader, Func<Task<JsonElement>> read)
    {
        ReaderVisibility.Current = reader;
        return await read();
    }

    private static string Shorten(string json) => json.Length <= 600 ? json : json[..600] + "…";
}
