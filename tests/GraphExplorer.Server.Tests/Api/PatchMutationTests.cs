using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Upserts through HTTP are patches: a field left out keeps its value, one sent as null clears it, lists take
/// add/remove; the audit entry keeps the values before and after.</summary>
public sealed class PatchMutationTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string Upsert = """
        mutation ($input: OrganizationInput!) {
          upsertOrganization(input: $input) {
            entity { ... on Organization { name description website aliases inferred inferenceNote } }
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

    [Fact]
    public async Task A_steward_marks_an_entity_inferred_with_its_reason_and_patches_it_back_to_stated()
    {
        var inferred = await Run(new { id = "org:test-inferred", name = "Inferred Robotics", kind = "COMPANY", inferred = true, inferenceNote = "Deduced from the organisation's name.", citation = Citation });
        inferred.GetProperty("inferred").GetBoolean().Should().BeTrue();
        inferred.GetProperty("inferenceNote").GetString().Should().Be("Deduced from the organisation's name.");

        var kept = await Run(new { id = "org:test-inferred", description = "Robots.", citation = Citation });
        kept.GetProperty("inferred").GetBoolean().Should().BeTrue("a patch that leaves the inference out keeps it");

        var stated = await Run(new Dictionary<string, object?> { ["id"] = "org:test-inferred", ["inferred"] = null, ["inferenceNote"] = null, ["citation"] = Citation });
        stated.GetProperty("inferred").GetBoolean().Should().BeFalse();
        stated.GetProperty("inferenceNote").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("""{"id": "org:test-unexplained", "name": "Unexplained", "kind": "COMPANY", "inferred": true}""", "input.inferenceNote", "does not say why")]
    [InlineData("""{"id": "org:test-unmarked", "name": "Unmarked", "kind": "COMPANY", "inferenceNote": "A reason for nothing."}""", "input.inferred", "not marked inferred")]
    public async Task An_inference_without_its_reason_or_a_reason_without_an_inference_is_refused_naming_the_field(string input, string target, string message)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(input)!;
        fields["citation"] = Citation;

        var body = await server.PostAsync(Upsert, new { input = fields }, bearer: server.StewardKey);

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        error.GetProperty("extensions").GetProperty("target").GetString().Should().Be(target);
        error.GetProperty("message").GetString().Should().Contain(message);
        var lookup = await server.DataAsync($$"""{ node(id: "{{fields["id"]}}") { id } }""");
        lookup.GetProperty("node").ValueKind.Should().Be(JsonValueKind.Null, "nothing is written when the change is refused");
    }

    [Fact]
    public async Task A_steward_says_which_part_of_the_month_an_event_is_in_and_a_qualifier_that_does_not_fit_its_precision_is_refused()
    {
        const string upsertEvent = """
            mutation ($input: EventInput!) { upsertEvent(input: $input) { entity { ... on Event { start { iso qualifier text } } } } }
            """;
        var body = await server.PostAsync(upsertEvent, new
        {
            input = new { id = "evt:test-late-may", name = "Late May mission", kind = "TRADE_MISSION", startDate = "2025-05-01", datePrecision = "MONTH", dateQualifier = "LATE", dateText = "fin mai 2025", citation = Citation },
        }, bearer: server.StewardKey);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var start = body.GetProperty("data").GetProperty("upsertEvent").GetProperty("entity").GetProperty("start");
        (start.GetProperty("iso").GetString(), start.GetProperty("qualifier").GetString(), start.GetProperty("text").GetString()).Should().Be(("2025-05", "LATE", "fin mai 2025"));

        var refused = await server.PostAsync(upsertEvent, new { input = new { id = "evt:test-late-may", dateQualifier = "SPRING", citation = Citation } }, bearer: server.StewardKey);

        var error = refused.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.dateQualifier");
        error.GetProperty("message").GetString().Should().Contain("needs a date of year precision");
    }

    [Fact]
    public async Task A_steward_links_an_inferred_relationship_only_with_its_reason()
    {
        Task<JsonElement> Link(object properties) => LinkAsync("org:ulb", "sector:space", "IN_SECTOR", properties);

        var refused = await Link(new { inferred = true });
        refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.properties.inferenceNote");
        var unmarked = await Link(new { inferenceNote = "Une raison sans inférence." });
        unmarked.GetProperty("errors")[0].GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.properties.inferred");

        var accepted = await Link(new { inferred = true, inferenceNote = "Déduit du nom de l’organisation." });
        accepted.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var data = await server.DataAsync("""{ neighbourhood(id: "org:ulb", limit: 500) { edges { id inferred inferenceNote } } }""");
        var edge = data.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "org:ulb|IN_SECTOR|sector:space");
        edge.GetProperty("inferred").GetBoolean().Should().BeTrue();
        edge.GetProperty("inferenceNote").GetString().Should().Be("Déduit du nom de l’organisation.");
    }

    [Fact]
    public async Task A_citation_that_supports_an_entity_only_by_inference_says_why()
    {
        var quote = "LuxProvide et la JAXA ont formalisé leur collaboration";
        var refused = await server.PostAsync(Upsert, new { input = new { id = "org:test-cited", name = "Cited Robotics", kind = "COMPANY", citation = new { source = "src:001-20df84f1ae021dc9", quote, inferred = true } } }, bearer: server.StewardKey);
        refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.citation.inferenceNote");

        await Run(new { id = "org:test-cited", name = "Cited Robotics", kind = "COMPANY", citation = new { source = "src:001-20df84f1ae021dc9", quote, inferred = true, inferenceNote = "La phrase ne nomme pas l’entreprise." } });

        var data = await server.DataAsync("""{ node(id: "org:test-cited") { ... on Organization { citations { inferred inferenceNote } } } }""");
        var citation = data.GetProperty("node").GetProperty("citations")[0];
        citation.GetProperty("inferred").GetBoolean().Should().BeTrue();
        citation.GetProperty("inferenceNote").GetString().Should().Be("La phrase ne nomme pas l’entreprise.");
    }

    [Fact]
    public async Task An_organisation_upsert_marks_the_relationships_it_adds_inferred_and_the_audit_keeps_the_reason()
    {
        const string reason = "Déduit du nom de l’organisation : la phrase citée ne nomme ni son pays ni son secteur.";
        await Run(new { id = "org:test-inferred-links", name = "Inferred Links Robotics", kind = "COMPANY", sectors = new[] { "sector:space" }, citation = Citation });

        var unexplained = await server.PostAsync(Upsert, new { input = new { id = "org:test-inferred-links", addSectors = new[] { "sector:robotics" }, linksInferred = true, citation = Citation } }, bearer: server.StewardKey);
        unexplained.GetProperty("errors")[0].GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.linksInferenceNote");
        var appliesToNothing = await server.PostAsync(Upsert, new { input = new { id = "org:test-inferred-links", description = "Robots.", linksInferred = true, linksInferenceNote = reason, citation = Citation } }, bearer: server.StewardKey);
        var nothing = appliesToNothing.GetProperty("errors")[0];
        nothing.GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.linksInferred");
        nothing.GetProperty("message").GetString().Should().Contain("adds none");

        var accepted = await server.PostAsync(Upsert, new
        {
            input = new { id = "org:test-inferred-links", country = "place:japan", addSectors = new[] { "sector:robotics" }, linksInferred = true, linksInferenceNote = reason, citation = Citation },
        }, bearer: server.StewardKey);

        accepted.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var edges = await EdgeInferencesAsync("org:test-inferred-links");
        edges["org:test-inferred-links|IN_SECTOR|sector:robotics"].Should().Be((true, reason));
        edges["org:test-inferred-links|LOCATED_IN|place:japan"].Should().Be((true, reason));
        edges["org:test-inferred-links|IN_SECTOR|sector:space"].Should().Be((false, (string?)null), "a relationship the input keeps keeps its own evidence");
        var audit = accepted.GetProperty("data").GetProperty("upsertOrganization").GetProperty("audit");
        audit.GetProperty("after").GetString().Should().Contain("inferred: true").And.Contain("Déduit du nom de l");
        var trail = await server.PostAsync("""{ auditTrail(target: "org:test-inferred-links", first: 1) { id details } }""", bearer: server.StewardKey);
        var entry = trail.GetProperty("data").GetProperty("auditTrail")[0];
        entry.GetProperty("id").GetString().Should().Be(audit.GetProperty("id").GetString());
        entry.GetProperty("details").GetString().Should().Contain("\"linksInferred\":true").And.Contain("linksInferenceNote");
    }

    [Fact]
    public async Task An_agreement_upsert_adds_an_inferred_party_beside_the_stated_ones()
    {
        const string upsertAgreement = """
            mutation ($input: AgreementInput!) { upsertAgreement(input: $input) { audit { id } } }
            """;
        const string reason = "Partie déduite : l’article ne la nomme pas parmi les signataires.";
        var created = await server.PostAsync(upsertAgreement, new
        {
            input = new { id = "agr:test-inferred-party", title = "Test MoU", kind = "MOU", parties = new[] { new { id = "org:jaxa" }, new { id = "org:luxembourg-space-agency" } }, citation = Citation },
        }, bearer: server.StewardKey);
        created.TryGetProperty("errors", out var createErrors).Should().BeFalse(createErrors.ToString());

        var added = await server.PostAsync(upsertAgreement, new
        {
            input = new { id = "agr:test-inferred-party", addParties = new[] { new { id = "org:ulb" } }, linksInferred = true, linksInferenceNote = reason, citation = Citation },
        }, bearer: server.StewardKey);

        added.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var edges = await EdgeInferencesAsync("agr:test-inferred-party");
        edges["org:ulb|PARTY_TO|agr:test-inferred-party"].Should().Be((true, reason));
        edges["org:jaxa|PARTY_TO|agr:test-inferred-party"].Should().Be((false, (string?)null));
    }

    [Fact]
    public async Task A_steward_links_a_relationship_known_since_a_year_and_a_date_that_is_not_its_first_day_is_refused()
    {
        Task<JsonElement> Link(object properties) => LinkAsync("org:ulb", "place:japan", "HAS_PRESENCE_IN", properties);

        var refused = await Link(new { since = "2012-03-01", sincePrecision = "YEAR" });
        var error = refused.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.properties.since");
        error.GetProperty("message").GetString().Should().Contain("first day of the year");
        var orphan = await Link(new { sincePrecision = "YEAR" });
        orphan.GetProperty("errors")[0].GetProperty("extensions").GetProperty("target").GetString().Should().Be("input.properties.sincePrecision");

        var accepted = await Link(new { since = "2012-01-01", sincePrecision = "YEAR" });

        accepted.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var data = await server.DataAsync("""{ neighbourhood(id: "org:ulb", limit: 500) { edges { id since { iso precision } } } }""");
        var since = data.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == "org:ulb|HAS_PRESENCE_IN|place:japan").GetProperty("since");
        (since.GetProperty("iso").GetString(), since.GetProperty("precision").GetString()).Should().Be(("2012", "YEAR"), "a presence known since 2012 is never « 1 January 2012 »");
    }

    /// <summary>Links <paramref name="from"/> to <paramref name="to"/> with the properties given, citing the LuxProvide sentence.</summary>
    private Task<JsonElement> LinkAsync(string from, string to, string type, object properties) => server.PostAsync("""
        mutation ($from: ID!, $to: ID!, $type: String!, $properties: LinkPropertiesInput) {
          link(input: { from: $from, to: $to, type: $type, properties: $properties,
            citation: { source: "src:001-20df84f1ae021dc9", quote: "LuxProvide et la JAXA ont formalisé leur collaboration" } }) { audit { id } }
        }
        """, new { from, to, type, properties }, bearer: server.StewardKey);

    /// <summary>Whether each relationship of the entity is inferred, and why, by graph edge id.</summary>
    private async Task<Dictionary<string, (bool Inferred, string? Note)>> EdgeInferencesAsync(string id)
    {
        var data = await server.DataAsync("""query ($id: ID!) { neighbourhood(id: $id, limit: 50) { edges { id inferred inferenceNote } } }""", new { id });
        return data.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => (e.GetProperty("inferred").GetBoolean(), e.GetProperty("inferenceNote").GetString()));
    }

    private async Task<JsonElement> Run(object input)
    {
        var body = await server.PostAsync(Upsert, new { input }, bearer: server.StewardKey);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return body.GetProperty("data").GetProperty("upsertOrganization").GetProperty("entity");
    }
}
