using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// <c>load</c>'s strict checks (issue #19): a misspelt key that a <c>MATCH</c> finds nothing on, a label or property
/// typo and an entity without its name are refused before commit, each at its line and column; a property the model
/// does not have and is no typo of is only a warning.
/// </summary>
public sealed class ScriptModelChecksTests : IAsyncLifetime
{
    private const string Reference =
        "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme Anvils', kind: 'company'};\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN]->(s);\n";

    // The mistakes the issue lists that the data rules let through, one a line (lines 1 to 4).
    private static readonly string[] Mistakes =
    [
        "MATCH (o:Organization {key: 'org:acmee'}), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN {quote: 'Acme'}]->(s);",
        "MERGE (x:Organisation {key: 'org:stray'}) SET x.name = 'Stray Works';",
        "MERGE (a:Agreement {key: 'agr:anvils'}) SET a += {titel: 'Anvil agreement', kind: 'mou', counterpartyNote: 'Not named.'};",
        "MATCH (a:Agreement {key: 'agr:anvils'}), (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:test'}) " +
            "MERGE (o)-[:PARTY_TO {roel: 'signatory', sources: ['src:test']}]->(a) MERGE (a)-[:CITED_IN]->(s);",
    ];

    private readonly ScriptFolder folder = new("script-model-checks-");

    public async Task InitializeAsync() =>
        (await LoadAsync("100_reference.cypher", Reference)).Outcome.Should().Be(ScriptOutcome.Applied);

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task A_misspelt_key_a_label_or_property_typo_and_a_missing_title_are_refused_before_commit_each_at_its_place()
    {
        var report = await LoadAsync("105_new.cypher", string.Join('\n', Mistakes));

        report.Outcome.Should().Be(ScriptOutcome.RefusedViolations);
        var path = folder.PathOf("105_new.cypher");
        report.Violations!.Select(v => v.ToString()).Should().Equal(
            $"{path}:{At(1, "'org:acmee'")}: unknown-key: org:acmee: is named by the script but no node has it, before or after it ran: " +
                "a MATCH on it finds nothing, so the rows that need it do nothing (did you mean org:acme?)",
            $"{path}:{At(2, "'org:stray'")}: unknown-label: org:stray: :Organisation is not a label of the model: did you mean :Organization?",
            $"{path}:{At(3, "'agr:anvils'")}: missing-name: agr:anvils: has no title: the explorer would show its key instead",
            $"{path}:{At(3, "titel")}: unknown-property: agr:anvils: titel is not a property of a Agreement in the model: did you mean title?",
            $"{path}:{At(4, "roel:")}: unknown-property: org:acme|PARTY_TO|agr:anvils: roel is not a property of a PARTY_TO relationship in the model: did you mean role?");
        (await folder.Database.ReadAsync("MATCH (n) WHERE n.key IN ['org:stray', 'agr:anvils'] RETURN count(n) AS n")).Single().Get<long>("n")
            .Should().Be(0, "a refused file applies nothing");
    }

    [Fact]
    public async Task A_dry_run_reports_the_same_and_without_strict_checks_the_script_loads()
    {
        (await LoadAsync("105_new.cypher", string.Join('\n', Mistakes), dryRun: true)).Violations.Should().HaveCount(5);

        var lenient = await folder.LoadAsync("105_new.cypher", string.Join('\n', Mistakes), new LoadOptions("test", Rules: RuleChecks.Refuse));

        lenient.Outcome.Should().Be(ScriptOutcome.Applied, "the data rules alone find nothing wrong: the graph is well-formed, only not what was meant");
    }

    [Fact]
    public async Task A_property_outside_the_model_that_is_no_typo_is_a_warning_and_loads()
    {
        const string Script = "MATCH (o:Organization {key: 'org:acme'}) SET o.foundedBy = 'Wile E.';";

        var report = await LoadAsync("105_new.cypher", Script);

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Warnings!.Select(w => w.ToString()).Should().Equal(
            $"{folder.PathOf("105_new.cypher")}:1:{Script.IndexOf("foundedBy", StringComparison.Ordinal) + 1}: unknown-property: org:acme: foundedBy is not a property of a Organization in the model " +
            "(cypher/README.md, \"Model\"): stored, but the explorer does not show it");
    }

    [Fact]
    public async Task Keys_in_comments_and_keys_a_script_deletes_are_not_taken_for_misspelt_references()
    {
        var report = await LoadAsync("105_new.cypher",
            "// MERGE (n:Organization {key: 'org:…'}) -- a template left in place\n" +
            "MATCH (o:Organization {key: 'org:acme'}) // not 'org:nowhere'\n" +
            "SET o.description = 'Anvils // not a comment, see org:acme-like words' /* nor 'org:elsewhere' */;\n" +
            "MATCH (s:Source {key: 'src:test'}) SET s.titleNote = 'Kept';\n" +
            "MATCH (o:Organization {key: 'org:acme'}) DETACH DELETE o;\n");

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Violations.Should().BeEmpty();
    }

    [Fact]
    public async Task The_seed_scripts_pass_the_strict_checks()
    {
        await using var seed = new ScriptFolder("script-model-checks-seed-");

        var reports = await new ScriptLoader(seed.Database).LoadAsync(ScriptFile.Collect([RepositoryPaths.SeedScripts]),
            new LoadOptions("seed", Rules: RuleChecks.Refuse, Strict: true));

        reports.Should().OnlyContain(r => r.Outcome == ScriptOutcome.Applied, string.Join("\n", reports.Select(r => $"{r.Script.Name}: {r.Outcome} {r.Error}")));
        reports.SelectMany(r => r.Violations ?? []).Should().BeEmpty();
    }

    /// <summary>"line:column" of <paramref name="text"/>'s first occurrence on line <paramref name="line"/> of <see cref="Mistakes"/>.</summary>
    private static string At(int line, string text) => $"{line}:{Mistakes[line - 1].IndexOf(text, StringComparison.Ordinal) + 1}";

    private Task<ScriptReport> LoadAsync(string name, string text, bool dryRun = false) =>
        folder.LoadAsync(name, text, new LoadOptions("test", DryRun: dryRun, Rules: RuleChecks.Refuse, Strict: true));
}
