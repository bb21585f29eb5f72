using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Upserts through HTTP are patches: a field left out keeps its value, one sent as null clears it, lists take
/// add/remove; the audit entry keeps the values before and after.</summary>
public sealed class PatchMutationTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string Upsert = """
        mutation ($input: OrganizationInput!) {
          upsertOrganization(input: $input) {
            entity { ... on Organization { name description website aliases } }
            audit { id before after deleted }
          }
        }
        """;

    private static readonly object Citation = new { source = "src:001-20df84f1ae021dc9", quote = "LuxProvide et la JAXA ont formalisé leur collaboration" };

    [Fact]
    public async Task A_field_left_out_keeps_its_value_and_a_field_sent_as_null_clears_it()
    {
        await Run(new { id = "org:test-patch", name = "Patch Robotics", kind = "COMPANY", description = "Robots.", website = "https://example.org", aliases = new[] { "PR" }, citation = Citation });

        var kept = await Run(new { id = "org:test-patch", addAliases = new[] { "Patch" }, citation = Citation });
        kept.GetProperty("description").GetString().Should().Be("Robots.");
        kept.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal("PR", "Patch");

        var cleared = await Run(new Dictionary<string, object?> { ["id"] = "org:test-patch", ["description"] = null, ["citation"] = Citation });
        cleared.GetProperty("description").ValueKind.Should().Be(JsonValueKind.Null);
        cleared.GetProperty("website").GetString().Should().Be("https://example.org");
        cleared.GetProperty("name").GetString().Should().Be("Patch Robotics");
    }

    [Fact]
    public async Task The_audit_entry_keeps_the_values_before_and_after_and_a_deletion_keeps_the_whole_entity()
    {
        await Run(new { id = "org:test-audit", name = "Audit Robotics", kind = "COMPANY", description = "Avant.", sectors = new[] { "sector:robotics" }, citation = Citation });
        var changed = await server.PostAsync(Upsert, new { input = new { id = "org:test-audit", description = "Après.", citation = Citation } }, bearer: server.StewardKey);
        var audit = changed.GetProperty("data").GetProperty("upsertOrganization").GetProperty("audit");
        audit.GetProperty("before").GetString().Should().Contain("description: 'Avant.'");
        audit.GetProperty("after").GetString().Should().Contain("description: 'Après.'");

        var deleted = await server.PostAsync("""mutation { deleteEntity(id: "org:test-audit") { audit { before after deleted } } }""", bearer: server.StewardKey);

        var entry = deleted.GetProperty("data").GetProperty("deleteEntity").GetProperty("audit");
        entry.GetProperty("before").GetString().Should().Contain("name: 'Audit Robotics'").And.Contain("-[:IN_SECTOR").And.Contain("'sector:robotics'");
        entry.GetProperty("after").ValueKind.Should().Be(JsonValueKind.Null);
        entry.GetProperty("deleted").EnumerateArray().Select(d => d.GetString()).Should().Contain("node org:test-audit").And.Contain("rel org:test-audit IN_SECTOR sector:robotics");
    }

    private async Task<JsonElement> Run(object input)
    {
        var body = await server.PostAsync(Upsert, new { input }, bearer: server.StewardKey);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return body.GetProperty("data").GetProperty("upsertOrganization").GetProperty("entity");
    }
}
