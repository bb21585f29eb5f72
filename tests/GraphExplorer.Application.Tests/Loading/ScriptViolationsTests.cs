using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// <c>load</c> checks the data rules on the graph a script leaves, inside its transaction, before anything commits: a
/// script that breaks them is refused whole, each problem placed at <c>file:line:column</c>.
/// </summary>
public sealed class ScriptViolationsTests : IAsyncLifetime
{
    private const string Valid =
        "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme Anvils', kind: 'company'};\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN]->(s);\n";

    // A steward's usual mistakes, one a line (lines 3 to 7); lines 1, 2 and 5 are otherwise right.
    private static readonly string[] Mistakes =
    [
        "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';",
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme Anvils', kind: 'company'};",
        "MERGE (p:Organization {key: 'org:other'}) SET p += {name: 'Other Works', kind: 'compagny'};",
        "MERGE (a:Agreement {key: 'agr:acme-other'}) SET a += {title: 'Anvil agreement', kind: 'mou', signedDate: date('2024-06-12'), signedDatePrecision: 'month'};",
        "MATCH (s:Source {key: 'src:test'}) UNWIND ['org:acme', 'agr:acme-other'] AS key MATCH (n {key: key}) MERGE (n)-[:CITED_IN]->(s);",
        "MATCH (o:Organization {key: 'org:acme'}), (a:Agreement {key: 'agr:acme-other'}) MERGE (o)-[r:PARTY_TO]->(a) SET r.sources = ['src:tset'];",
        "MATCH (o:Organization {key: 'org:acme'}), (p:Organization {key: 'org:other'}) MERGE (o)-[r:COOPERATES_WTIH]->(p) SET r.sources = ['src:test'];",
    ];

    private readonly ScriptFolder folder = new("script-violations-");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task A_script_with_the_usual_mistakes_is_refused_whole_with_every_problem_at_its_line_and_column()
    {
        var report = await LoadAsync(string.Join('\n', Mistakes), RuleChecks.Refuse);

        report.Outcome.Should().Be(ScriptOutcome.RefusedViolations);
        var path = folder.PathOf("105_new.cypher");
        report.Violations!.Select(v => v.ToString()).Should().Equal(
            $"{path}:{At(3, "'org:other'")}: node-without-source: org:other: is cited in no source",
            $"{path}:{At(3, "kind: 'compagny'")}: key-or-kind: org:other: kind 'compagny' is not a Organization kind of the model",
            $"{path}:{At(4, "'agr:acme-other'")}: agreement-parties: agr:acme-other: has 1 party and no counterpartyNote; an agreement needs at least two",
            $"{path}:{At(4, "signedDate:")}: invalid-date: agr:acme-other: signedDate 2024-06-12 has month precision but is not the 1st of the month",
            $"{path}:{At(6, "'src:tset'")}: dangling-reference: org:acme|PARTY_TO|agr:acme-other: names source 'src:tset', which does not exist",
            $"{path}:{At(7, ":COOPERATES_WTIH")}: relationship-shape: org:acme|COOPERATES_WTIH|org:other: COOPERATES_WTIH is not a relationship type of the model");
        report.Error!.ToString().Should().StartWith($"{path}:{At(3, "'org:other'")}: 6 problem(s) found before commit (0 misquote(s), 6 data-rule violation(s))")
            .And.Contain("nothing of 105_new.cypher was applied").And.Contain("--allow-violations");
        (await CountAsync("MATCH (n) RETURN count(n) AS n")).Should().Be(0, "a refused file applies nothing");
    }

    [Fact]
    public async Task A_dry_run_refuses_the_same_script_for_the_same_reasons()
    {
        var report = await LoadAsync(string.Join('\n', Mistakes), RuleChecks.Refuse, dryRun: true);

        report.Outcome.Should().Be(ScriptOutcome.RefusedViolations);
        report.Violations.Should().HaveCount(6);
    }

    [Fact]
    public async Task With_violations_allowed_the_script_loads_and_each_violation_is_reported()
    {
        var report = await LoadAsync(string.Join('\n', Mistakes), RuleChecks.Warn);

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Violations.Should().HaveCount(6);
        (await new GraphValidator(folder.Database).ValidateAsync()).Should().HaveCount(6, "validate finds what was loaded anyway");
    }

    [Fact]
    public async Task A_script_is_not_blamed_for_violations_the_graph_held_before_it()
    {
        await LoadAsync("MERGE (p:Organization {key: 'org:uncited'}) SET p += {name: 'Uncited', kind: 'company'};", RuleChecks.Off, "100_old.cypher");

        var report = await LoadAsync(Valid, RuleChecks.Refuse);

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Violations.Should().BeEmpty();
    }

    [Fact]
    public async Task A_script_that_breaks_a_rule_on_an_entity_it_does_not_name_is_refused_at_the_start_of_the_file()
    {
        await LoadAsync(Valid + "MERGE (b:Organization {key: 'org:beta'}) SET b += {name: 'Beta', kind: 'company'};\n" +
            "MATCH (b:Organization {key: 'org:beta'}), (s:Source {key: 'src:test'}) MERGE (b)-[:CITED_IN]->(s);\n" +
            "MATCH (o:Organization {key: 'org:acme'}), (b:Organization {key: 'org:beta'}) MERGE (o)-[:PARTY_TO]->(:Agreement {key: 'agr:x', kind: 'mou', title: 'X'})<-[:PARTY_TO]-(b) " +
            "WITH 1 AS one MATCH (a:Agreement {key: 'agr:x'}), (s:Source {key: 'src:test'}) MERGE (a)-[:CITED_IN]->(s);\n", RuleChecks.Off, "100_old.cypher");

        var report = await LoadAsync("MATCH (:Organization {name: 'Beta'})-[r:PARTY_TO]->() DELETE r;\n", RuleChecks.Refuse);

        report.Outcome.Should().Be(ScriptOutcome.RefusedViolations);
        report.Violations.Should().ContainSingle().Which.ToString().Should().Be(
            $"{folder.PathOf("105_new.cypher")}:1:1: agreement-parties: agr:x: has 1 party and no counterpartyNote; an agreement needs at least two");
    }

    [Fact]
    public async Task A_new_entity_named_like_an_existing_one_is_refused_naming_both()
    {
        await LoadAsync(Valid, RuleChecks.Refuse, "100_old.cypher");
        string[] script =
        [
            "MERGE (o:Organization {key: 'org:acme-anvil'}) SET o += {name: 'ACME Anvil', kind: 'company'};",
            "MATCH (o:Organization {key: 'org:acme-anvil'}), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN]->(s);",
        ];

        var report = await LoadAsync(string.Join('\n', script), RuleChecks.Refuse);

        report.Outcome.Should().Be(ScriptOutcome.RefusedViolations);
        report.Violations.Should().ContainSingle().Which.ToString().Should().Be(
            $"{folder.PathOf("105_new.cypher")}:1:{script[0].IndexOf("'ACME Anvil'", StringComparison.Ordinal) + 1}: duplicate-name: org:acme-anvil: " +
            "its name «ACME Anvil» is close to «Acme Anvils» of existing org:acme: if they are one Organization, use org:acme (and add the name to its aliases)");
    }

    [Fact]
    public async Task An_agreement_that_expires_before_it_takes_effect_is_refused_at_its_expiry_date()
    {
        await LoadAsync(Valid, RuleChecks.Refuse, "100_old.cypher");
        string[] script =
        [
            "MERGE (a:Agreement {key: 'agr:acme-term'}) SET a += {title: 'Term', kind: 'mou', counterpartyNote: 'a partner', signedDate: date('2020-01-01'), signedDatePrecision: 'year',",
            "  effectiveDate: date('2021-03-01'), effectiveDatePrecision: 'month', expiryDate: date('2020-01-01'), expiryDatePrecision: 'year'};",
            "MATCH (a:Agreement {key: 'agr:acme-term'}), (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:test'}) MERGE (a)-[:CITED_IN]->(s) MERGE (o)-[:PARTY_TO {sources: ['src:test']}]->(a);",
        ];

        var report = await LoadAsync(string.Join('\n', script), RuleChecks.Refuse);

        report.Outcome.Should().Be(ScriptOutcome.RefusedViolations, report.Error?.ToString());
        report.Violations.Should().ContainSingle().Which.ToString().Should().Be(
            $"{folder.PathOf("105_new.cypher")}:2:{script[1].IndexOf("expiryDate:", StringComparison.Ordinal) + 1}: invalid-date: agr:acme-term: " +
            "expiryDate 2020 is before effectiveDate 2021-03: an agreement cannot expire before it takes effect");
    }

    [Theory]
    [InlineData("Acme Anvils", "acme anvils", true)] // case and accents aside, the same name
    [InlineData("Luxembourg Space Agency", "Luxemburg Space Agency", true)] // one letter dropped
    [InlineData("Luxembourg Space Agency", "Luxembourg Spcae Agnecy", true)] // two swaps in a long name
    [InlineData("Kyoto University", "Tokyo University", false)]
    [InlineData("LSA", "ESA", false)] // acronyms must match exactly
    [InlineData("Acme Anvils", "Acme Hammers", false)]
    public void Names_are_close_when_equal_once_normalised_or_a_typo_apart(string first, string second, bool close) =>
        DuplicateNames.AreClose(SearchText.Normalize(first), SearchText.Normalize(second)).Should().Be(close);

    [Fact]
    public async Task The_seed_scripts_load_with_every_rule_checked()
    {
        var reports = await new ScriptLoader(folder.Database).LoadAsync(ScriptFile.Collect([RepositoryPaths.SeedScripts]), new LoadOptions("seed", Rules: RuleChecks.Refuse));

        reports.Should().OnlyContain(r => r.Outcome == ScriptOutcome.Applied, string.Join("\n", reports.Select(r => $"{r.Script.Name}: {r.Outcome} {r.Error}")));
        reports.SelectMany(r => r.Violations ?? []).Should().BeEmpty();
    }

    /// <summary>"line:column" of <paramref name="text"/>'s first occurrence on line <paramref name="line"/> of <see cref="Mistakes"/>.</summary>
    private static string At(int line, string text) => $"{line}:{Mistakes[line - 1].IndexOf(text, StringComparison.Ordinal) + 1}";

    private Task<ScriptReport> LoadAsync(string text, RuleChecks rules, string name = "105_new.cypher", bool dryRun = false) =>
        folder.LoadAsync(name, text, new LoadOptions("test", DryRun: dryRun, Rules: rules));

    private async Task<long> CountAsync(string cypher) => (await folder.Database.ReadAsync(cypher)).Single().Get<long>("n");
}
