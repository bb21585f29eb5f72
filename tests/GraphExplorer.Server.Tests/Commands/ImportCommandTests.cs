using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary>
/// <c>import</c> as a steward runs it on a spreadsheet: a dry run shows the diff, the import applies it as one batch that
/// <c>dump</c> shows with its citations, a mistake is printed as <c>file:row:column</c> with nothing imported, and
/// <c>rollback</c> takes the mapping file's name. A test-only fixture (invented organisations and article).
/// </summary>
[Collection(CommandRunner.Collection)]
public sealed class ImportCommandTests : IDisposable
{
    private const string Article = "Acme et Beta ont signé hier un protocole d'accord sur l'hydrogène.";

    private const string Base =
        "MERGE (s:Source {key: 'src:test'}) SET s += {title: 'Test', language: 'fr', text: \"" + Article + "\"};\n" +
        "UNWIND [{key: 'org:acme', name: 'Acme'}, {key: 'org:beta', name: 'Beta'}] AS row MATCH (s:Source {key: 'src:test'}) " +
        "MERGE (o:Organization {key: row.key}) SET o += {name: row.name, kind: 'company'} MERGE (o)-[:CITED_IN {quote: \"" + Article + "\"}]->(s);\n";

    private const string Mapping = """
        csv: agreements.csv
        source: src:test
        quote: quote
        entities:
          agreement:
            label: Agreement
            key: key
            properties:
              title: title
              kind: {value: mou}
              signedDate: {column: signed, type: date, precision: signedDatePrecision}
          first: {label: Organization, key: party_1, existing: true}
          second: {label: Organization, key: party_2, existing: true}
        relationships:
          - {from: first, type: PARTY_TO, to: agreement}
          - {from: second, type: PARTY_TO, to: agreement}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-import-").FullName;
    private readonly string setting;

    public ImportCommandTests() => setting = $"--Database:Path={Path.Combine(folder, "db")}";

    private string MappingPath => Path.Combine(folder, "agreements.import.yaml");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_spreadsheet_is_previewed_imported_shown_by_dump_and_rolled_back_by_the_mapping_name()
    {
        await PrepareAsync("2024-06");

        var (dryExit, preview, dryErrors) = await ImportAsync("--dry-run");

        dryExit.Should().Be(0, dryErrors);
        preview.Should().Contain("agreements.import.yaml: would apply").And.Contain("+ node agr:acme-beta-hydrogen");

        var (exit, output, errors) = await ImportAsync("--steward", "alice");

        exit.Should().Be(0, errors);
        output.Should().Contain("agreements.import.yaml: applied");
        var dump = await DumpAsync();
        dump.Should().Contain("CREATE (n:_DumpNode:Agreement)").And.Contain("key: 'agr:acme-beta-hydrogen'").And.Contain("signedDatePrecision: 'month'").And.Contain("PARTY_TO").And.Contain(Article.Replace("'", "\\'", StringComparison.Ordinal));

        var (rollbackExit, _, rollbackErrors) = await CommandRunner.RunAsync(RollbackCommand.Create([setting]), "rollback", "agreements.import.yaml", "--steward", "carol");

        rollbackExit.Should().Be(0, rollbackErrors);
        (await DumpAsync()).Should().NotContain(":Agreement)", "the agreement is gone (its undo record remembers it)");
    }

    [Fact]
    public async Task A_bad_cell_is_printed_at_its_row_and_column_and_nothing_is_imported()
    {
        await PrepareAsync("juin 2024");

        var (exit, _, errors) = await ImportAsync();

        exit.Should().Be(1);
        errors.Should().Contain("agreements.csv:2:3: 'juin 2024' is not a date").And.Contain("(column 'signed')").And.Contain("nothing was imported");
        (await DumpAsync()).Should().NotContain("agr:acme-beta-hydrogen");
    }

    private async Task PrepareAsync(string signed)
    {
        var script = Path.Combine(folder, "100_base.cypher");
        await File.WriteAllTextAsync(script, Base);
        var (exit, _, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, "--allow-violations", setting);
        exit.Should().Be(0, errors);
        await File.WriteAllTextAsync(MappingPath, Mapping);
        await File.WriteAllTextAsync(Path.Combine(folder, "agreements.csv"),
            "key,title,signed,party_1,party_2,quote\n" +
            $"agr:acme-beta-hydrogen,Protocole d'accord Acme–Beta,{signed},org:acme,org:beta,\"{Article}\"\n");
    }

    private Task<(int Exit, string Output, string Errors)> ImportAsync(params string[] options) =>
        CommandRunner.RunAsync(ImportCommand.Create([setting]), ["import", MappingPath, .. options, setting]);

    private async Task<string> DumpAsync()
    {
        var file = Path.Combine(folder, "dump.cypher");
        var (exit, _, errors) = await CommandRunner.RunAsync(DumpCommand.Create([setting]), "dump", "--out", file);
        exit.Should().Be(0, errors);
        return await File.ReadAllTextAsync(file);
    }
}
