using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Export;
using GraphExplorer.Application.Importing;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Importing;

/// <summary>
/// A steward's spreadsheet of agreements, imported through its mapping file: loaded with citations as one batch,
/// every mistake refused at its <c>file:row:column</c> with nothing changed, re-imported after an edit changing exactly
/// that fact, rolled back to the graph before. A test-only fixture (invented organisations and article). On the test backend.
/// </summary>
public sealed class SpreadsheetImporterTests : IAsyncLifetime
{
    /// <summary>The article the test imports cite (shared with <see cref="JsonImportTests"/>).</summary>
    internal const string Article =
        "Acme et Beta ont signé hier un protocole d'accord sur l'hydrogène. " +
        "Le même jour, Beta et Gamma ont conclu un accord de coopération spatiale. " +
        "En 2019, Acme et Gamma avaient signé une lettre d'intention.";

    // The graph the spreadsheet refers to: the source with its text and three organisations, each cited.
    internal const string Base =
        "MERGE (s:Source {key: 'src:a'}) SET s += {title: 'A', language: 'fr', text: \"" + Article + "\"};\n" +
        "UNWIND [{key: 'org:acme', name: 'Acme'}, {key: 'org:beta', name: 'Beta'}, {key: 'org:gamma', name: 'Gamma'}] AS row " +
        "MATCH (s:Source {key: 'src:a'}) MERGE (o:Organization {key: row.key}) SET o += {name: row.name, kind: 'company', searchText: toLower(row.name)} " +
        "MERGE (o)-[:CITED_IN {quote: 'Acme et Beta ont signé hier un protocole d\\'accord sur l\\'hydrogène.'}]->(s);\n";

    private const string Mapping = """
        # agreements of article A
        csv: agreements.csv
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
              signedDate: {column: signed, type: date, precision: signedDatePrecision}
              aliases: {column: aliases, type: list}
          first:
            label: Organization
            key: party_1
            existing: true
          second:
            label: Organization
            key: party_2
            existing: true
        relationships:
          - {from: first, type: PARTY_TO, to: agreement, properties: {role: role}}
          - {from: second, type: PARTY_TO, to: agreement, properties: {role: role}}
        """;

    private const string Header = "key,title,kind,signed,aliases,party_1,party_2,role,quote,notes\n";

    private static readonly string[] Rows =
    [
        "agr:acme-beta-hydrogen,Protocole d'accord Acme–Beta sur l'hydrogène,mou,,MoU hydrogène|accord Acme–Beta,org:acme,org:beta,signataire," +
            "Acme et Beta ont signé hier un protocole d'accord sur l'hydrogène.,checked\n",
        "agr:beta-gamma-space,Accord de coopération spatiale Beta–Gamma,cooperation_agreement,,,org:beta,org:gamma,partie," +
            "\"Le même jour, Beta et Gamma ont conclu un accord de coopération spatiale.\",\n",
        "agr:acme-gamma-loi-2019,Lettre d'intention Acme–Gamma,letter_of_intent,2019,,org:acme,org:gamma,signataire," +
            "\"En 2019, Acme et Gamma avaient signé une lettre d'intention.\",\n",
    ];

    private readonly ScriptFolder folder = new("import-");

    private string MappingPath => folder.PathOf("agreements.import.yaml");

    // The temporary folder is outside the current one: errors name the spreadsheet by its full path.
    private string CsvName => folder.PathOf("agreements.csv");

    public async Task InitializeAsync()
    {
        var report = await folder.LoadAsync("100_base.cypher", Base, new LoadOptions("alice"));
        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        await File.WriteAllTextAsync(MappingPath, Mapping);
    }

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task An_import_loads_every_row_with_its_citation_in_one_batch_and_the_same_rows_again_change_nothing()
    {
        var report = await ImportAsync(Rows);

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Script.Name.Should().Be("agreements.import.yaml");
        var dump = await DumpAsync();
        dump.Should().Contain("title: 'Lettre d\\'intention Acme–Gamma'").And.Contain("signedDate: date('2019-01-01')").And.Contain("signedDatePrecision: 'year'")
            .And.Contain("aliases: ['MoU hydrogène', 'accord Acme–Beta']").And.Contain("status: 'signed'")
            .And.Contain("searchText: 'protocole d\\'accord acme-beta sur l\\'hydrogene mou hydrogene accord acme-beta'");
        (await StringsAsync("MATCH (a:Agreement)-[c:CITED_IN]->(:Source {key: 'src:a'}) RETURN a.key + ' ' + c.quote AS s ORDER BY s")).Should().Equal(
            "agr:acme-beta-hydrogen Acme et Beta ont signé hier un protocole d'accord sur l'hydrogène.",
            "agr:acme-gamma-loi-2019 En 2019, Acme et Gamma avaient signé une lettre d'intention.",
            "agr:beta-gamma-space Le même jour, Beta et Gamma ont conclu un accord de coopération spatiale.");
        (await StringsAsync("MATCH (o)-[r:PARTY_TO]->(a {key: 'agr:beta-gamma-space'}) RETURN o.key + ' ' + r.role + ' ' + r.sources[0] + ' ' + r.quotes[0] AS s ORDER BY s"))
            .Should().Equal(
                "org:beta partie src:a Le même jour, Beta et Gamma ont conclu un accord de coopération spatiale.",
                "org:gamma partie src:a Le même jour, Beta et Gamma ont conclu un accord de coopération spatiale.");
        (await StringsAsync($"MATCH (a:Agreement) RETURN DISTINCT a.{Lineage.BatchProperty} AS s")).Should().ContainSingle()
            .Which.Should().StartWith("script:agreements.import.yaml@");

        (await ImportAsync(Rows)).Outcome.Should().Be(ScriptOutcome.Unchanged);
    }

    [Fact]
    public async Task A_column_the_mapping_names_wrongly_is_refused_at_its_mapping_line_with_nothing_changed()
    {
        await File.WriteAllTextAsync(MappingPath, Mapping.Replace("title: title", "title: titel", StringComparison.Ordinal));

        (await RefusedAsync(Rows)).Select(e => e.ToString()).Should().Equal(
            $"{MappingPath}:11:1: column 'titel' is not in the header of {CsvName} (key, title, kind, signed, aliases, party_1, party_2, role, quote, notes); did you mean 'title'?",
            $"{CsvName}:1:2: column 'title' is neither mapped nor listed under ignore: in agreements.import.yaml");
    }

    [Fact]
    public async Task A_column_of_the_spreadsheet_neither_mapped_nor_ignored_is_refused_at_its_header_cell()
    {
        await File.WriteAllTextAsync(MappingPath, Mapping.Replace("ignore: [notes]", "ignore: []", StringComparison.Ordinal));

        (await RefusedAsync(Rows)).Select(e => e.ToString()).Should().Equal(
            $"{CsvName}:1:10: column 'notes' is neither mapped nor listed under ignore: in agreements.import.yaml");
    }

    [Fact]
    public async Task A_bad_date_is_refused_at_its_cell_with_what_would_do()
    {
        var errors = await RefusedAsync(Rows[0], Rows[1], Rows[2].Replace(",2019,", ",printemps 2019,", StringComparison.Ordinal));

        errors.Should().ContainSingle().Which.ToString().Should().StartWith(
            $"{CsvName}:4:4: 'printemps 2019' is not a date: write 2019 (year), 2019-06 (month) or 2019-06-11 (day)").And.EndWith("(column 'signed')");
    }

    [Fact]
    public async Task A_key_that_references_nothing_is_refused_at_its_cell_with_the_closest_key()
    {
        var errors = await RefusedAsync(Rows[0], Rows[1].Replace("org:gamma", "org:gama", StringComparison.Ordinal), Rows[2]);

        errors.Should().ContainSingle().Which.ToString().Should().Be(
            $"{CsvName}:3:7: no Organization has the key 'org:gama', in the graph or in this import: an existing entity is referenced by its key, " +
            "never created; did you mean 'org:gamma'? (column 'party_2')");
    }

    [Fact]
    public async Task A_paraphrased_quote_is_refused_at_its_cell_with_the_closest_passage()
    {
        var before = await FactsAsync();

        var report = await ImportAsync(Rows[0], Rows[1].Replace("Le même jour", "Ce jour-là", StringComparison.Ordinal), Rows[2]);

        report.Outcome.Should().Be(ScriptOutcome.RefusedMisquotes);
        var misquote = report.Misquotes.Should().ContainSingle().Subject;
        (misquote.File, misquote.Line, misquote.Column).Should().Be((CsvName, 3, 9));
        misquote.Message.Should().StartWith("misquote: «Ce jour-là, Beta et Gamma").And.Contain("closest passage").And.EndWith("(column 'quote')");
        (await FactsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_value_outside_the_model_is_refused_by_the_data_rules_at_its_cell()
    {
        var before = await FactsAsync();

        var report = await ImportAsync(Rows[0].Replace(",mou,", ",mouu,", StringComparison.Ordinal), Rows[1], Rows[2]);

        report.Outcome.Should().Be(ScriptOutcome.RefusedViolations);
        var violation = report.Violations.Should().ContainSingle().Subject;
        (violation.File, violation.Line, violation.Column).Should().Be((CsvName, 2, 3));
        violation.Message.Should().Contain("mouu").And.EndWith("(column 'kind')");
        (await FactsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task Re_importing_an_edited_row_changes_exactly_that_fact_and_rollback_restores_the_graph_before()
    {
        (await ImportAsync(Rows)).Outcome.Should().Be(ScriptOutcome.Applied);
        var before = await FactsAsync();
        var edited = Rows[1].Replace("Accord de coopération spatiale Beta–Gamma", "Accord spatial Beta–Gamma", StringComparison.Ordinal);

        var dry = await ImportAsync(new LoadOptions("bob", DryRun: true), Rows[0], edited, Rows[2]);

        dry.Outcome.Should().Be(ScriptOutcome.WouldApply, dry.Error?.ToString());
        ChangeSetText.Lines(dry.Changes!).Should().Equal(
            "~ node agr:beta-gamma-space",
            "    ~ searchText: 'accord de cooperation spatiale beta-gamma' → 'accord spatial beta-gamma'",
            "    ~ title: 'Accord de coopération spatiale Beta–Gamma' → 'Accord spatial Beta–Gamma'");
        (await FactsAsync()).Should().Equal(before, "a dry run changes nothing");

        var report = await ImportAsync(new LoadOptions("bob"), Rows[0], edited, Rows[2]);

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        (await StringsAsync("MATCH (a:Agreement) RETURN a.title AS s ORDER BY s")).Should().Equal(
            "Accord spatial Beta–Gamma", "Lettre d'intention Acme–Gamma", "Protocole d'accord Acme–Beta sur l'hydrogène");

        await new BatchRollback(folder.Database).RollbackAsync("agreements.import.yaml", "carol", dryRun: false);

        (await FactsAsync()).Should().Equal(before, "the rollback gives back the title, its searchText and the first import's record");
    }

    [Fact]
    public async Task Re_importing_without_a_row_retracts_what_that_row_alone_said()
    {
        (await ImportAsync(Rows)).Outcome.Should().Be(ScriptOutcome.Applied);

        var report = await ImportAsync(Rows[0], Rows[2]);

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Notes.Should().ContainSingle().Which.Should().Contain("node agr:beta-gamma-space").And.Contain("rel org:gamma PARTY_TO agr:beta-gamma-space");
        (await StringsAsync("MATCH (a:Agreement) RETURN a.key AS s ORDER BY s")).Should().Equal("agr:acme-beta-hydrogen", "agr:acme-gamma-loi-2019");
        (await StringsAsync("MATCH (o:Organization) RETURN o.key AS s ORDER BY s")).Should().Equal(["org:acme", "org:beta", "org:gamma"], "existing entities are only referenced");
    }

    [Fact]
    public async Task Mistakes_of_the_mapping_are_all_listed_at_their_lines()
    {
        await File.WriteAllTextAsync(MappingPath, Mapping
            .Replace("label: Agreement", "label: Agrement", StringComparison.Ordinal)
            .Replace("type: PARTY_TO, to: agreement, properties: {role: role}}\n  - {from: second", "type: PARTY_OF, to: agreement, properties: {role: role}}\n  - {from: second", StringComparison.Ordinal)
            .Replace("type: date, precision: signedDatePrecision", "type: date", StringComparison.Ordinal));

        (await RefusedAsync(Rows)).Select(e => $"{e.Line}:{e.Column} {e.Message.Split(' ')[0]}").Should().Equal(
            "8:12 'Agrement'", "14:19 a", "25:25 'PARTY_OF'");
    }

    private Task<ScriptReport> ImportAsync(params string[] rows) => ImportAsync(new LoadOptions("alice", Rules: RuleChecks.Refuse), rows);

    private async Task<ScriptReport> ImportAsync(LoadOptions options, params string[] rows)
    {
        await File.WriteAllTextAsync(folder.PathOf("agreements.csv"), Header + string.Concat(rows));
        return await new SpreadsheetImporter(folder.Database).ImportAsync(MappingPath, options with { Rules = RuleChecks.Refuse });
    }

    /// <summary>The errors of an import refused before anything ran, having checked that nothing changed.</summary>
    private async Task<IReadOnlyList<LoadError>> RefusedAsync(params string[] rows)
    {
        var before = await FactsAsync();
        var refused = await this.Invoking(t => t.ImportAsync(rows)).Should().ThrowAsync<ImportException>();
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

    private async Task<IReadOnlyList<string?>> StringsAsync(string cypher) =>
        [.. (await folder.Database.ReadAsync(cypher)).Select(r => r.Get<string?>("s"))];
}
