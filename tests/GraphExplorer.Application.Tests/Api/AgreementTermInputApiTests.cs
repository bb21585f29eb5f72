using System.Globalization;
using System.Text.Json;
using GraphExplorer.Application.Api;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Application.Tests.Api;

/// <summary>
/// A steward sets an agreement's term through <c>upsertAgreement</c> (<c>effectiveDate</c>, <c>expiryDate</c>,
/// <c>renewalDate</c>, each with its precision and basis) and reads what it means back (<c>term</c>), on a database of
/// its own. Dates are relative to today so the tests hold on any day.
/// </summary>
public sealed class AgreementTermInputApiTests : IAsyncLifetime
{
    private const string Agreement = "agr:lsa-jaxa-2024";
    private const string Citation = """citation: { source: "src:001-20df84f1ae021dc9", quote: "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo" }""";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly string StewardKey = StewardKeyHasher.NewKey();

    private IGraphDatabase database = null!;
    private GraphQLEngine engine = null!;

    public async Task InitializeAsync()
    {
        (database, _) = await SeedGraphFixture.CreateLoadedAsync();
        engine = new GraphQLEngine(ExplorerSchema.Create(database, new StewardKeyVerifier([StewardKeyHasher.CreateEntry("alice", StewardKey)]), _ => StewardKey));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<JsonElement> PostAsync(string query)
    {
        var result = await engine.ExecuteAsync(new GraphQLRequest(query));
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    /// <summary>Runs <c>upsertAgreement</c> with <paramref name="fields"/> on the agreement; its audit entry's id.</summary>
    private async Task<string> UpsertAsync(string fields, string id = Agreement)
    {
        var response = await PostAsync($$"""mutation { upsertAgreement(input: { id: "{{id}}", {{fields}}, {{Citation}} }) { audit { id details } } }""");
        response.TryGetProperty("errors", out var errors).Should().BeFalse("the change should apply, but: {0}", errors.ToString());
        return response.GetProperty("data").GetProperty("upsertAgreement").GetProperty("audit").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> TermAsync()
    {
        var response = await PostAsync($$"""{ node(id: "{{Agreement}}") { ... on Agreement { summary effective { iso precision } expires { iso precision note } renewalDue { iso precision } term { status date { iso } } } } }""");
        response.TryGetProperty("errors", out var errors).Should().BeFalse("the query should succeed, but: {0}", errors.ToString());
        return response.GetProperty("data").GetProperty("node");
    }

    private static string? Status(JsonElement agreement) =>
        agreement.GetProperty("term").ValueKind == JsonValueKind.Null ? null : agreement.GetProperty("term").GetProperty("status").GetString();

    [Fact]
    public async Task An_expiry_set_through_the_api_reads_back_as_expiring_then_expired()
    {
        var soon = new DateOnly(Today.Year, Today.Month, 1).AddMonths(2);
        await UpsertAsync($"""effectiveDate: "2024-06-11", effectiveDatePrecision: DAY, expiryDate: "{Day(soon)}", expiryDatePrecision: MONTH, expiryDateBasis: "Signé pour deux ans" """);

        var expiring = await TermAsync();
        Status(expiring).Should().Be("EXPIRING");
        expiring.GetProperty("expires").GetProperty("iso").GetString().Should().Be(soon.ToString("yyyy-MM", CultureInfo.InvariantCulture), "a month precision date is the whole month");
        expiring.GetProperty("expires").GetProperty("note").GetString().Should().Be("Signé pour deux ans");
        expiring.GetProperty("effective").GetProperty("iso").GetString().Should().Be("2024-06-11");

        await UpsertAsync($"""expiryDate: "{Today.Year - 1}-01-01", expiryDatePrecision: YEAR""");

        var expired = await TermAsync();
        Status(expired).Should().Be("EXPIRED");
        expired.GetProperty("expires").GetProperty("iso").GetString().Should().Be((Today.Year - 1).ToString(CultureInfo.InvariantCulture));
        expired.GetProperty("expires").GetProperty("note").GetString().Should().Be("Signé pour deux ans", "the basis was left out, so it is kept");
    }

    [Fact]
    public async Task A_partial_upsert_keeps_the_term_and_an_explicit_null_clears_it()
    {
        await UpsertAsync($"""expiryDate: "{Day(Today.AddDays(-3))}", expiryDatePrecision: DAY, renewalDate: "{Day(Today.AddYears(3))}", renewalDatePrecision: DAY""");

        await UpsertAsync("""summary: "Accord de coopération spatiale" """);

        var kept = await TermAsync();
        kept.GetProperty("summary").GetString().Should().Be("Accord de coopération spatiale");
        Status(kept).Should().Be("EXPIRED", "a change that leaves the term out keeps it");
        kept.GetProperty("renewalDue").GetProperty("precision").GetString().Should().Be("DAY");

        await UpsertAsync("expiryDate: null, expiryDatePrecision: null");

        var cleared = await TermAsync();
        cleared.GetProperty("expires").ValueKind.Should().Be(JsonValueKind.Null);
        Status(cleared).Should().BeNull("the renewal is three years away and the expiry is gone");
        cleared.GetProperty("renewalDue").GetProperty("iso").GetString().Should().Be(Day(Today.AddYears(3)), "clearing the expiry leaves the renewal");
    }

    [Fact]
    public async Task Setting_a_term_is_audited_and_undone_by_rolling_back_its_batch()
    {
        var audit = await UpsertAsync($"""expiryDate: "{Today.Year - 2}-01-01", expiryDatePrecision: YEAR, expiryDateBasis: "Accord de deux ans" """);
        Status(await TermAsync()).Should().Be("EXPIRED");

        var entry = (await new StewardshipService(database).AuditTrailAsync(Agreement)).Single(e => e.Id == audit);
        entry.Details.Should().Contain("expiryDate").And.Contain("Accord de deux ans");

        await new BatchRollback(database).RollbackAsync(audit, "alice", dryRun: false);

        var undone = await TermAsync();
        undone.GetProperty("expires").ValueKind.Should().Be(JsonValueKind.Null, "the seed agreement had no expiry before the change");
        Status(undone).Should().BeNull();
    }

    [Theory]
    [InlineData("""expiryDate: "2027-06-15", expiryDatePrecision: MONTH""", "input.expiryDate")]
    [InlineData("""renewalDate: "2027-06-15" """, "input.renewalDatePrecision")]
    [InlineData("""effectiveDatePrecision: YEAR""", "input.effectiveDatePrecision")]
    [InlineData("""expiryDateBasis: "pour cinq ans" """, "input.expiryDateBasis")]
    [InlineData("""effectiveDate: "2024-06-11", effectiveDatePrecision: DAY, expiryDate: "2023-01-01", expiryDatePrecision: YEAR""", "input.expiryDate")]
    public async Task A_term_date_that_does_not_hold_together_is_refused_by_name_and_writes_nothing(string fields, string path)
    {
        var response = await PostAsync($$"""mutation { upsertAgreement(input: { id: "{{Agreement}}", {{fields}}, {{Citation}} }) { audit { id } } }""");

        response.GetProperty("errors").ToString().Should().Contain(path);
        var agreement = await TermAsync();
        agreement.GetProperty("expires").ValueKind.Should().Be(JsonValueKind.Null);
        agreement.GetProperty("effective").ValueKind.Should().Be(JsonValueKind.Null);
        agreement.GetProperty("renewalDue").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_effective_date_after_the_stored_expiry_is_refused_saying_why()
    {
        await UpsertAsync("""expiryDate: "2025-01-01", expiryDatePrecision: YEAR""");

        var response = await PostAsync($$"""mutation { upsertAgreement(input: { id: "{{Agreement}}", effectiveDate: "2026-02-01", effectiveDatePrecision: MONTH, {{Citation}} }) { audit { id } } }""");

        var errors = response.GetProperty("errors").ToString();
        errors.Should().Contain("input.effectiveDate").And.Contain("expiryDate 2025 is before effectiveDate 2026-02");
        (await TermAsync()).GetProperty("effective").ValueKind.Should().Be(JsonValueKind.Null, "a refused change writes nothing");
    }

    [Fact]
    public async Task An_agreement_whose_term_expired_is_not_dormant_and_a_stated_effective_date_is_activity()
    {
        // Signed in 2016 with nothing cited since: dormant on the seeds (AsOfAndEvidenceApiTests).
        const string Dormant = "agr:agc-glass-europe-anechoic-chambers-2016";
        const string Query = $$"""{ node(id: "{{Dormant}}") { ... on Agreement { term { status } dormancy { dormant lastActivity { kind date { iso } } } } } }""";

        await UpsertAsync($"""effectiveDate: "{Today.Year - 1}-01-01", effectiveDatePrecision: YEAR""", Dormant);

        var started = (await PostAsync(Query)).GetProperty("data").GetProperty("node");
        started.GetProperty("dormancy").GetProperty("dormant").GetBoolean().Should().BeFalse("its term took effect last year");
        started.GetProperty("dormancy").GetProperty("lastActivity").GetProperty("kind").GetString().Should().Be("EFFECTIVE");

        await UpsertAsync("effectiveDate: null, effectiveDatePrecision: null, expiryDate: \"2021-01-01\", expiryDatePrecision: YEAR", Dormant);

        var ended = (await PostAsync(Query)).GetProperty("data").GetProperty("node");
        ended.GetProperty("term").GetProperty("status").GetString().Should().Be("EXPIRED");
        ended.GetProperty("dormancy").ValueKind.Should().Be(JsonValueKind.Null, "it ended with its term in 2021, it does not sleep");
    }
}
