using System.Text.Encodings.Web;
using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Export;
using GraphExplorer.Application.Importing;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Importing;

/// <summary>
/// The same agreements as <see cref="SpreadsheetImporterTests"/>, kept as JSON records (an array, or JSON Lines) with
/// nested fields named by path: imported through a mapping as one checked batch, every mistake refused at its
/// <c>file.json:line:column</c> with nothing changed, re-imported and rolled back by the mapping's name. On the test backend.
/// </summary>
public sealed class JsonImportTests : IAsyncLifetime
{
    private const string Mapping = """
        json: agreements.json
        source: src:a
        quote: quote
        ignore: [notes]
        entities:
          agreement:
            label: Agreement
            key: key
            properties:
              title: title
              kind: kind
              status: {value: signed}
              signedDate: {column: signed.date, type: date, precision: signedDatePrecision}
              aliases: {column: aliases, type: list}
          first:
            label: Organization
            key: parties.0.key
            existing: true
          second:
            label: Organization
            key: parties.1.key
            existing: true
        relationships:
          - {from: first, type: PARTY_TO, to: agreement, properties: {role: parties.0.role}}
          - {from: second, type: PARTY_TO, to: agreement, properties: {role: parties.1.role}}
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions OneLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ScriptFolder folder = new("import-json-");

    private string MappingPath => folder.PathOf("agreements.import.yaml");

    private string JsonName => folder.PathOf("agreements.json");

    public async Task InitializeAsync()
    {
        var report = await folder.LoadAsync("100_base.cypher", SpreadsheetImporterTests.Base, new LoadOptions("alice"));
        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        await File.WriteAllTextAsync(MappingPath, Mapping);
    }

    public async Task DisposeAsync() => await folder.DisposeAsync();

    /// <summary>What the three records say, as <see cref="SummaryAsync"/> reads it back.</summary>
    private static readonly string[] Summary =
    [
        "agr:acme-beta-hydrogen Protocole d'accord Acme–Beta sur l'hydrogène mou - MoU hydrogène;accord Acme–Beta;",
        "agr:acme-gamma-loi-2019 Lettre d'intention Acme–Gamma letter_of_intent 2019-01-01 -",
        "agr:beta-gamma-space Accord de coopération spatiale Beta–Gamma cooperation_agreement - -",
        "org:acme PARTY_TO agr:acme-beta-hydrogen signataire",
        "org:acme PARTY_TO agr:acme-gamma-loi-2019 signataire",
        "org:beta PARTY_TO agr:acme-beta-hydrogen signataire",
        "org:beta PARTY_TO agr:beta-gamma-space partie",
        "org:gamma PARTY_TO agr:acme-gamma-loi-2019 signataire",
        "org:gamma PARTY_TO agr:beta-gamma-space partie",
    ];

    private static Dictionary<string, object?>[] Records() =>
    [
        Agreement("agr:acme-beta-hydrogen", "Protocole d'accord Acme–Beta sur l'hydrogène", "mou", null, ["MoU hydrogène", "accord Acme–Beta"],
            "org:acme", "org:beta", "signataire", "Acme et Beta ont signé hier un protocole d'accord sur l'hydrogène."),
        Agreement("agr:beta-gamma-space", "Accord de coopération spatiale Beta–Gamma", "cooperation_agreement", null, null,
            "org:beta", "org:gamma", "partie", "Le même jour, Beta et Gamma ont conclu un accord de coopération spatiale."),
        Agreement("agr:acme-gamma-loi-2019", "Lettre d'intention Acme–Gamma", "letter_of_intent", 2019, null,
            "org:acme", "org:gamma", "signataire", "En 2019, Acme et Gamma avaient signé une lettre d'intention."),
    ];

    [Fact]
    public async Task An_array_of_records_loads_with_nested_fields_lists_and_citations_in_one_batch()
    {
        var report = await ImportAsync(Array(Records()));

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Script.Name.Should().Be("agreements.import.yaml");
        var dump = await DumpAsync();
        dump.Should().Contain("signedDate: date('2019-01-01')").And.Contain("signedDatePrecision: 'year'")
            .And.Contain("aliases: ['MoU hydrogène', 'accord Acme–Beta']").And.Contain("status: 'signed'");
        (await StringsAsync("MATCH (o)-[r:PARTY_TO]->(a {key: 'agr:beta-gamma-space'}) RETURN o.key + ' ' + r.role + ' ' + r.quotes[0] AS s ORDER BY s"))
            .Should().Equal(
                "org:beta partie Le même jour, Beta et Gamma ont conclu un accord de coopération spatiale.",
                "org:gamma partie Le même jour, Beta et Gamma ont conclu un accord de coopération spatiale.");
        (await StringsAsync($"MATCH (a:Agreement) RETURN DISTINCT a.{Lineage.BatchProperty} AS s")).Should().ContainSingle()
            .Which.Should().StartWith("script:agreements.import.yaml@");

        (await SummaryAsync()).Should().Equal(Summary);

        (await ImportAsync(Array(Records()))).Outcome.Should().Be(ScriptOutcome.Unchanged);
    }

    [Fact]
    public async Task Json_lines_give_the_same_facts_as_the_array()
    {
        var report = await ImportAsync(string.Join("\n", Records().Select(r => JsonSerializer.Serialize(r, OneLine))) + "\n");

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        (await SummaryAsync()).Should().Equal(Summary);
    }

    [Fact]
    public async Task A_bad_value_is_refused_at_its_line_and_column_naming_its_field()
    {
        var records = Records();
        ((Dictionary<string, object?>)records[2]["signed"]!)["date"] = "printemps 2019";
        var json = Array(records);

        var error = (await RefusedAsync(json)).Should().ContainSingle().Subject;

        (error.File, error.Line, error.Column).Should().Be((JsonName, LineOf(json, "\"printemps 2019\""), ColumnOf(json, "\"printemps 2019\"")));
        error.Message.Should().StartWith("'printemps 2019' is not a date").And.EndWith("(field 'signed.date')");
    }

    [Fact]
    public async Task A_field_neither_mapped_nor_ignored_and_a_path_no_record_has_are_refused_at_their_places()
    {
        await File.WriteAllTextAsync(MappingPath, Mapping.Replace("title: title", "title: titel", StringComparison.Ordinal));
        var json = Array(Records());

        (await RefusedAsync(json)).Select(e => e.ToString()).Should().Equal(
            $"{JsonName}:{LineOf(json, "\"title\"")}:{ColumnOf(json, "\"title\"")}: field 'title' is neither mapped nor listed under ignore: in agreements.import.yaml",
            $"{JsonName}:{LineOf(json, "\"title\"", 2)}:{ColumnOf(json, "\"title\"", 2)}: field 'title' is neither mapped nor listed under ignore: in agreements.import.yaml",
            $"{JsonName}:{LineOf(json, "\"title\"", 3)}:{ColumnOf(json, "\"title\"", 3)}: field 'title' is neither mapped nor listed under ignore: in agreements.import.yaml",
            $"{MappingPath}:10:1: no record of {JsonName} has the field 'titel' (a nested field is written party.key, an array's item parties.0.key)");
    }

    [Fact]
    public async Task A_paraphrased_quote_is_refused_at_its_value_with_nothing_changed()
    {
        var records = Records();
        records[1]["quote"] = "Ce jour-là, Beta et Gamma ont conclu un accord de coopération spatiale.";
        var json = Array(records);
        var before = await FactsAsync();

        var report = await ImportAsync(json);

        report.Outcome.Should().Be(ScriptOutcome.RefusedMisquotes);
        var misquote = report.Misquotes.Should().ContainSingle().Subject;
        (misquote.File, misquote.Line, misquote.Column).Should().Be((JsonName, LineOf(json, "\"Ce jour-là"), ColumnOf(json, "\"Ce jour-là")));
        misquote.Message.Should().StartWith("misquote: «Ce jour-là").And.EndWith("(field 'quote')");
        (await FactsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task Json_that_is_not_valid_or_not_records_is_refused_at_its_place()
    {
        var broken = (await RefusedAsync("[\n  {\"key\": \"agr:x\",\n   \"title\" \"no colon\"}\n]\n")).Should().ContainSingle().Subject;
        (broken.File, broken.Line).Should().Be((JsonName, 3));
        broken.Message.Should().StartWith("not valid JSON");

        (await RefusedAsync("[\n  {\"key\": \"agr:x\"},\n  42\n]\n")).Select(e => e.ToString()).Should().Equal(
            $"{JsonName}:3:3: an item of the array is a number: each record is an object {{…}}");
    }

    [Fact]
    public async Task Records_across_many_buffer_refills_and_one_longer_than_the_buffer_keep_their_places()
    {
        // 2,000 small records and one whose ignored notes are 200,000 characters: the reader refills its buffer many
        // times and must grow it once; a mistake in the last record is still at its line and column.
        var records = Enumerable.Range(0, 2000).Select(i => Agreement($"agr:bulk-{i}", $"Accord {i}", "mou", null, null,
            "org:acme", "org:beta", "signataire", "Acme et Beta ont signé hier un protocole d'accord sur l'hydrogène.")).ToList();
        records[1000]["notes"] = new string('x', 200_000);
        ((Dictionary<string, object?>)records[^1]["signed"]!)["date"] = "2019-13";
        var json = Array([.. records]);

        var error = (await RefusedAsync(json)).Should().ContainSingle().Subject;

        (error.Line, error.Column).Should().Be((LineOf(json, "\"2019-13\""), ColumnOf(json, "\"2019-13\"")));
        error.Message.Should().StartWith("'2019-13' is not a date").And.EndWith("(field 'signed.date')");
    }

    [Fact]
    public async Task Re_importing_an_edited_record_changes_exactly_that_fact_and_rollback_restores_the_graph_before()
    {
        (await ImportAsync(Array(Records()))).Outcome.Should().Be(ScriptOutcome.Applied);
        var before = await FactsAsync();
        var edited = Records();
        edited[1]["title"] = "Accord spatial Beta–Gamma";

        var dry = await ImportAsync(Array(edited), dryRun: true);

        dry.Outcome.Should().Be(ScriptOutcome.WouldApply, dry.Error?.ToString());
        ChangeSetText.Lines(dry.Changes!).Should().Equal(
            "~ node agr:beta-gamma-space",
            "    ~ searchText: 'accord de cooperation spatiale beta-gamma' → 'accord spatial beta-gamma'",
            "    ~ title: 'Accord de coopération spatiale Beta–Gamma' → 'Accord spatial Beta–Gamma'");
        (await FactsAsync()).Should().Equal(before, "a dry run changes nothing");

        (await ImportAsync(Array(edited))).Outcome.Should().Be(ScriptOutcome.Applied);
        await new BatchRollback(folder.Database).RollbackAsync("agreements.import.yaml", "carol", dryRun: false);

        (await FactsAsync()).Should().Equal(before);
    }

    private static Dictionary<string, object?> Agreement(string key, string title, string kind, int? signed, string[]? aliases,
        string first, string second, string role, string quote) => new()
        {
            ["key"] = key,
            ["title"] = title,
            ["kind"] = kind,
            ["signed"] = new Dictionary<string, object?> { ["date"] = signed },
            ["aliases"] = aliases,
            ["parties"] = new[] { new Dictionary<string, object?> { ["key"] = first, ["role"] = role }, new Dictionary<string, object?> { ["key"] = second, ["role"] = role } },
            ["quote"] = quote,
        };

    private static string Array(Dictionary<string, object?>[] records) => JsonSerializer.Serialize(records, Indented);

    /// <summary>The line (from 1) of the <paramref name="nth"/> occurrence of <paramref name="text"/>.</summary>
    private static int LineOf(string json, string text, int nth = 1) => json[..IndexOf(json, text, nth)].Count(c => c == '\n') + 1;

    private static int ColumnOf(string json, string text, int nth = 1)
    {
        var index = IndexOf(json, text, nth);
        return index - json.LastIndexOf('\n', index - 1);
    }

    private static int IndexOf(string json, string text, int nth)
    {
        var index = -1;
        for (var i = 0; i < nth; i++)
        {
            index = json.IndexOf(text, index + 1, StringComparison.Ordinal);
        }

        return index;
    }

    private async Task<ScriptReport> ImportAsync(string json, bool dryRun = false)
    {
        await File.WriteAllTextAsync(JsonName, json);
        return await new SpreadsheetImporter(folder.Database).ImportAsync(MappingPath, new LoadOptions("alice", DryRun: dryRun, Rules: RuleChecks.Refuse));
    }

    private async Task<IReadOnlyList<LoadError>> RefusedAsync(string json)
    {
        var before = await FactsAsync();
        var refused = await this.Invoking(t => t.ImportAsync(json)).Should().ThrowAsync<ImportException>();
        (await FactsAsync()).Should().Equal(before);
        return refused.Which.Errors;
    }

    private async Task<string> DumpAsync()
    {
        var text = new StringWriter();
        await new GraphDumper(folder.Database).DumpAsync(text);
        return text.ToString();
    }

    private Task<IReadOnlyList<string>> FactsAsync() => GraphText.ReadAsync(folder.Database, n => !UndoRecord.IsHistory(n));

    /// <summary>The agreements (key, title, kind, signed date, aliases) and their parties with roles, one line each.</summary>
    private async Task<IReadOnlyList<string?>> SummaryAsync() =>
    [
        .. await StringsAsync("MATCH (a:Agreement) RETURN a.key + ' ' + a.title + ' ' + a.kind + ' ' + coalesce(toString(a.signedDate), '-') + ' ' + " +
            "coalesce(reduce(t = '', x IN a.aliases | t + x + ';'), '-') AS s ORDER BY s"),
        .. await StringsAsync("MATCH (o)-[r:PARTY_TO]->(a:Agreement) RETURN o.key + ' PARTY_TO ' + a.key + ' ' + r.role AS s ORDER BY s"),
    ];

    private async Task<IReadOnlyList<string?>> StringsAsync(string cypher) =>
        [.. (await folder.Database.ReadAsync(cypher)).Select(r => r.Get<string?>("s"))];
}
