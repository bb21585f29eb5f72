using System.Text.Json;
using GraphExplorer.Application.Api;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Api;

/// <summary><c>rollbackBatch</c> through HTTP: a steward previews and undoes a change; without a steward's key nothing happens.</summary>
public sealed class RollbackMutationTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string Upsert = """
        mutation ($input: OrganizationInput!) { upsertOrganization(input: $input) { audit { id } } }
        """;

    private const string Rollback = """
        mutation ($batch: ID!, $dryRun: Boolean) {
          rollbackBatch(batch: $batch, dryRun: $dryRun) { batch rollback dryRun summary changes deleted audit { id operation target steward } }
        }
        """;

    [Fact]
    public async Task A_steward_previews_then_rolls_back_a_change_and_the_entity_is_gone()
    {
        var batch = await UpsertAsync("org:test-rolled-back");

        var preview = await RollbackAsync(batch, dryRun: true, server.StewardKey);

        preview.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        preview.GetProperty("audit").ValueKind.Should().Be(JsonValueKind.Null);
        Strings(preview.GetProperty("changes")).Should().Contain("- node org:test-rolled-back :Organization");
        (await EntityAsync("org:test-rolled-back")).ValueKind.Should().NotBe(JsonValueKind.Null, "a dry run changes nothing");

        var done = await RollbackAsync(batch, dryRun: false, server.StewardKey);

        done.GetProperty("batch").GetString().Should().Be(batch);
        Strings(done.GetProperty("deleted")).Should().Contain("node org:test-rolled-back");
        var audit = done.GetProperty("audit");
        (audit.GetProperty("operation").GetString(), audit.GetProperty("target").GetString(), audit.GetProperty("steward").GetString())
            .Should().Be(("rollback", batch, ExplorerTestServer.StewardName));
        audit.GetProperty("id").GetString().Should().Be(done.GetProperty("rollback").GetString()).And.StartWith("rollback:");
        (await EntityAsync("org:test-rolled-back")).ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("not-a-steward-key-but-long-enough", "FORBIDDEN")]
    public async Task Without_a_steward_s_key_a_rollback_is_refused_and_changes_nothing(string? bearer, string code)
    {
        var batch = await UpsertAsync("org:test-kept-" + code.ToLowerInvariant());

        var body = await server.PostAsync(Rollback, new { batch, dryRun = false }, bearer);

        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be(code);
        (await EntityAsync("org:test-kept-" + code.ToLowerInvariant())).ValueKind.Should().NotBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_rollback_a_later_change_builds_on_is_a_conflict_naming_it()
    {
        var first = await UpsertAsync("org:test-built-on");
        var second = await UpsertAsync("org:test-built-on", "Built On Again");

        var body = await server.PostAsync(Rollback, new { batch = first, dryRun = false }, server.StewardKey);

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("CONFLICT");
        error.GetProperty("message").GetString().Should().Contain(second).And.Contain("org:test-built-on");
    }

    [Fact]
    public async Task Stewards_list_the_batches_with_their_steward_and_time_and_others_are_refused()
    {
        var batch = await UpsertAsync("org:test-listed-batch");

        var body = await server.PostAsync("{ batches { id kind steward description at } }", bearer: server.StewardKey);

        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var listed = body.GetProperty("data").GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("id").GetString() == batch);
        (listed.GetProperty("kind").GetString(), listed.GetProperty("steward").GetString(), listed.GetProperty("description").GetString())
            .Should().Be(("mutation", ExplorerTestServer.StewardName, "upsertOrganization org:test-listed-batch"));
        DateTimeOffset.Parse(listed.GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        (await server.PostAsync("{ batches { id } }")).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            .Should().Be("UNAUTHENTICATED");
    }

    [Fact]
    public async Task A_rollback_is_announced_live_with_the_entities_it_gave_back_their_state()
    {
        await UpsertAsync("org:test-live-rollback", "Live Rollback");
        var rename = await UpsertAsync("org:test-live-rollback", "Live Rollback Renamed");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var announced = server.Services.GetRequiredService<ChangeFeed>().Subscribe(stop.Token).GetAsyncEnumerator(stop.Token);

        var done = await RollbackAsync(rename, dryRun: false, server.StewardKey);

        (await announced.MoveNextAsync()).Should().BeTrue();
        announced.Current.Batch.Should().Be(done.GetProperty("rollback").GetString());
        announced.Current.ChangedIds.Should().Equal(["org:test-live-rollback"], "the organisation has its old name back: open views must refresh it");
        announced.Current.DeletedIds.Should().BeEmpty();
    }

    private async Task<string> UpsertAsync(string id, string name = "Rollback Test")
    {
        var body = await server.PostAsync(Upsert, new
        {
            input = new { id, name, kind = "COMPANY", citation = new { source = "src:001-20df84f1ae021dc9", quote = "Une visite au Japon fructueuse" } },
        }, bearer: server.StewardKey);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return body.GetProperty("data").GetProperty("upsertOrganization").GetProperty("audit").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> RollbackAsync(string batch, bool dryRun, string bearer)
    {
        var body = await server.PostAsync(Rollback, new { batch, dryRun }, bearer);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return body.GetProperty("data").GetProperty("rollbackBatch");
    }

    private async Task<JsonElement> EntityAsync(string id) =>
        (await server.DataAsync("query ($id: ID!) { entity(id: $id) { id } }", new { id })).GetProperty("entity");

    private static List<string?> Strings(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetString())];
}
