using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Steward mutations through HTTP: the credential is checked before anything is read or written.</summary>
public sealed class MutationTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string Upsert = """
        mutation ($input: OrganizationInput!) {
          upsertOrganization(input: $input) {
            entity { id name entityType ... on Organization { kind country { id } citations { quote source { id } } } }
            audit { steward operation target at }
          }
        }
        """;

    /// <summary>An organisation to upsert, citing a seed source (shared with the sign-in tests).</summary>
    internal static object Input(string id) => new
    {
        input = new
        {
            id,
            name = "Test Robotics " + id,
            kind = "COMPANY",
            country = "place:japan",
            citation = new { source = "src:001-20df84f1ae021dc9", quote = "LuxProvide et la JAXA ont formalisé leur collaboration" },
        },
    };

    [Fact]
    public async Task Without_a_key_a_mutation_is_unauthenticated_and_writes_nothing()
    {
        var before = await CountAsync();
        var body = await server.PostAsync(Upsert, Input("org:test-no-key"));

        Code(body).Should().Be("UNAUTHENTICATED");
        (await CountAsync()).Should().Be(before);
        (await server.DataAsync("""{ entity(id: "org:test-no-key") { id } }""")).GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task With_a_key_that_is_no_steward_s_a_mutation_is_forbidden_and_writes_nothing()
    {
        var before = await CountAsync();
        var body = await server.PostAsync(Upsert, Input("org:test-wrong-key"), bearer: "not-the-steward-key-but-long-enough");

        Code(body).Should().Be("FORBIDDEN");
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_steward_upserts_an_organisation_that_reads_back_with_its_citation_and_audit()
    {
        var body = await server.PostAsync(Upsert, Input("org:test-robotics"), bearer: server.StewardKey);

        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var result = body.GetProperty("data").GetProperty("upsertOrganization");
        result.GetProperty("audit").GetProperty("steward").GetString().Should().Be(ExplorerTestServer.StewardName);
        result.GetProperty("audit").GetProperty("target").GetString().Should().Be("org:test-robotics");
        var entity = result.GetProperty("entity");
        entity.GetProperty("kind").GetString().Should().Be("COMPANY");
        entity.GetProperty("country").GetProperty("id").GetString().Should().Be("place:japan");

        var search = await server.DataAsync("""{ search(text: "Test Robotics") { entity { id } } }""");
        search.GetProperty("search")[0].GetProperty("entity").GetProperty("id").GetString().Should().Be("org:test-robotics");
    }

    [Fact]
    public async Task A_steward_s_invalid_change_is_an_error_with_a_code_naming_the_input()
    {
        var body = await server.PostAsync(
            """mutation { deleteEntity(id: "org:no-such-organisation") { audit { id } } }""",
            bearer: server.StewardKey);

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("NOT_FOUND");
        error.GetProperty("message").GetString().Should().Contain("org:no-such-organisation");
    }

    [Fact]
    public async Task A_change_citing_an_unknown_source_fails_validation_naming_the_input_and_writes_nothing()
    {
        var before = await CountAsync();
        var body = await server.PostAsync(Upsert, new
        {
            input = new
            {
                id = "org:test-unsourced",
                name = "Unsourced",
                kind = "COMPANY",
                citation = new { source = "src:no-such-article", quote = "Une visite au Japon fructueuse" },
            },
        }, bearer: server.StewardKey);

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        error.GetProperty("message").GetString().Should().Contain("src:no-such-article").And.Contain("input.citation");
        (await CountAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("not-a-steward-key", "FORBIDDEN")]
    public async Task The_audit_trail_answers_stewards_only(string? bearer, string code)
    {
        var body = await server.PostAsync(Upsert, new
        {
            input = new { id = "org:test-audit-private", name = "Privately Audited", kind = "COMPANY", citation = new { source = "src:001-20df84f1ae021dc9", quote = "Une visite au Japon fructueuse" } },
        }, bearer: server.StewardKey);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());

        var trail = await server.PostAsync("""{ auditTrail { details } }""", bearer: bearer);

        var error = trail.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("message").GetString().Should().Contain("steward");
        trail.GetRawText().Should().NotContain("Privately Audited", "an entry's input is shown to stewards only");
    }

    [Fact]
    public async Task The_audit_trail_says_who_changed_what_and_when()
    {
        var body = await server.PostAsync(Upsert, new
        {
            input = new { id = "org:test-audited", name = "Audited Company", kind = "COMPANY", citation = new { source = "src:001-20df84f1ae021dc9", quote = "Une visite au Japon fructueuse" } },
        }, bearer: server.StewardKey);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());

        var trail = await server.PostAsync("""{ auditTrail(target: "org:test-audited") { id steward at operation target details } }""", bearer: server.StewardKey);
        trail.TryGetProperty("errors", out var trailErrors).Should().BeFalse(trailErrors.ToString());

        var entry = trail.GetProperty("data").GetProperty("auditTrail").EnumerateArray().Single();
        entry.GetProperty("steward").GetString().Should().Be(ExplorerTestServer.StewardName);
        entry.GetProperty("operation").GetString().Should().Be("upsertOrganization");
        entry.GetProperty("target").GetString().Should().Be("org:test-audited");
        entry.GetProperty("details").GetString().Should().Contain("Audited Company");
        DateTimeOffset.Parse(entry.GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task An_agreement_with_one_named_party_needs_a_counterparty_note_and_reads_it_back()
    {
        const string mutation = """
            mutation ($note: String) {
              upsertAgreement(input: {
                id: "agr:test-one-party", title: "Test MoU", kind: MOU, parties: [{ id: "org:ulb" }], counterpartyNote: $note,
                citation: { source: "src:002-4b9c3315c2d190bc", quote: "L’Awex et WBI ont organisé une mission conjointe" }
              }) { entity { ... on Agreement { counterpartyNote parties { party { id } } } } }
            }
            """;

        var refused = await server.PostAsync(mutation, new { note = (string?)null }, bearer: server.StewardKey);
        Code(refused).Should().Be("VALIDATION_FAILED");

        var accepted = await server.PostAsync(mutation, new { note = "Une université japonaise non nommée." }, bearer: server.StewardKey);
        accepted.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        accepted.GetProperty("data").GetProperty("upsertAgreement").GetProperty("entity").GetProperty("counterpartyNote").GetString()
            .Should().Be("Une université japonaise non nommée.");
    }

    [Fact]
    public async Task The_OTHER_kind_is_refused_as_input_naming_the_field_and_the_kinds_expected()
    {
        var body = await server.PostAsync(Upsert, new
        {
            input = new { id = "org:test-other", name = "Other", kind = "OTHER", citation = new { source = "src:001-20df84f1ae021dc9", quote = "Une visite au Japon fructueuse" } },
        }, bearer: server.StewardKey);

        Code(body).Should().Be("BAD_USER_INPUT");
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.kind");
        error.GetProperty("message").GetString().Should().Contain("UNIVERSITY").And.Contain("input");
    }

    [Fact]
    public async Task An_organiser_linked_by_a_steward_lists_the_event_with_its_role()
    {
        var body = await server.PostAsync("""
            mutation {
              link(input: { from: "org:ulb", to: "evt:expo-2025-osaka", type: "ORGANIZED", citation: { source: "src:001-20df84f1ae021dc9", quote: "par la délégation économique luxembourgeoise en visite dans le pays depuis lundi" } }) { audit { id } }
            }
            """, bearer: server.StewardKey);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());

        var data = await server.DataAsync("""
            { node(id: "org:ulb") { ... on Organization { events(where: { kind_in: [EXPO] }) { edges { role roles node { id } } } } } }
            """);

        var edge = data.GetProperty("node").GetProperty("events").GetProperty("edges").EnumerateArray().Single();
        edge.GetProperty("node").GetProperty("id").GetString().Should().Be("evt:expo-2025-osaka");
        edge.GetProperty("role").GetString().Should().Be("ORGANIZER");
    }

    [Fact]
    public async Task A_steward_removes_a_tie_with_a_reason_the_audit_keeps_beside_the_tie_and_its_citation()
    {
        const string Unlink = """
            mutation ($reason: String) {
              unlink(from: "org:keidanren", to: "evt:hauts-de-france-mission-japan-2025", type: "PARTICIPATED_IN", reason: $reason) { audit { id operation } }
            }
            """;
        Code(await server.PostAsync(Unlink, new { reason = "no key" })).Should().Be("UNAUTHENTICATED");
        (await ParticipantsAsync()).Should().Contain("org:keidanren", "a refused change writes nothing");

        var body = await server.PostAsync(Unlink, new { reason = "Keidanren was met, not a participant" }, bearer: server.StewardKey);

        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        (await ParticipantsAsync()).Should().NotContain("org:keidanren");
        var audit = (await server.DataAsync("""{ auditTrail(target: "org:keidanren") { operation details before } }""", bearer: server.StewardKey))
            .GetProperty("auditTrail")[0];
        audit.GetProperty("operation").GetString().Should().Be("unlink");
        audit.GetProperty("details").GetString().Should().Contain("\"reason\":\"Keidanren was met, not a participant\"");
        audit.GetProperty("before").GetString().Should().Contain("PARTICIPATED_IN").And.Contain("la délégation régionale avait rencontré");
    }

    [Fact]
    public async Task Link_rules_give_what_the_model_lets_stewards_link_to_any_reader()
    {
        var data = await server.DataAsync("{ linkRules { type from to properties } }");

        var party = data.GetProperty("linkRules").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "PARTY_TO");
        party.GetProperty("from").EnumerateArray().Select(e => e.GetString()).Should().Equal("ORGANIZATION", "PERSON");
        party.GetProperty("to").EnumerateArray().Select(e => e.GetString()).Should().Equal("AGREEMENT");
        party.GetProperty("properties").EnumerateArray().Select(e => e.GetString()).Should().Equal("role");
    }

    private async Task<IReadOnlyList<string?>> ParticipantsAsync() =>
        [.. (await server.DataAsync("""{ node(id: "evt:hauts-de-france-mission-japan-2025") { ... on Event { participants { participant { id } } } } }"""))
            .GetProperty("node").GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("participant").GetProperty("id").GetString())];

    private async Task<int> CountAsync() =>
        (await server.DataAsync("{ organizations { totalCount } }")).GetProperty("organizations").GetProperty("totalCount").GetInt32();

    private static string? Code(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
