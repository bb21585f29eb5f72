using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Hosting;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary>
/// <c>load</c> and <c>validate</c> as a steward runs them on a script that misquotes a real sentence of article 001
/// (cypher/sources/001_20df84f1ae021dc9.txt: "… hier à Tokyo, …", quoted as "… hier à Osaka, …").
/// </summary>
[Collection(CommandRunner.Collection)]
public sealed class QuoteCheckCommandsTests : IDisposable
{
    private const string Article = "001_20df84f1ae021dc9.txt";
    private const string Misquoted =
        "Un nouvel accord important a été signé avec l'agence spatiale japonaise, hier à Osaka, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.";

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-quotecmd-").FullName;
    private readonly string script;
    private readonly string setting;

    public QuoteCheckCommandsTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.Copy(Path.Combine(ProductLayout.Discover().SeedScripts, "sources", Article), Path.Combine(folder, "sources", Article));
        script = Path.Combine(folder, "105_new.cypher");
        File.WriteAllText(script,
            $"MERGE (s:Source {{key: 'src:test'}}) SET s += {{title: 'Une visite au Japon fructueuse', file: '{Article}'}};\n" +
            "MATCH (s:Source {key: 'src:test'})\n" +
            $"MERGE (n:Organization {{key: 'org:jaxa'}}) MERGE (n)-[:CITED_IN {{quote: \"{Misquoted}\"}}]->(s)\n" +
            "SET n += {name: 'Japan Aerospace Exploration Agency', kind: 'government_agency'};\n");
        setting = $"--Database:Path={Path.Combine(folder, "db")}";
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Load_refuses_a_misquote_naming_file_line_column_source_and_closest_passage_and_applies_nothing()
    {
        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, setting);

        exit.Should().Be(1);
        output.Should().Contain("105_new.cypher: refused: it quotes sentences its sources do not contain");
        errors.Should().Contain($"{script}:3:71: misquote: «{Misquoted}» does not occur in the text of src:test; closest passage: «Un nouvel accord important a été signé avec l'agence spatiale japonaise, hier à Tokyo,")
            .And.Contain("--allow-misquotes");

        var (validated, report, _) = await CommandRunner.RunAsync(ValidateCommand.Create([setting]), "validate");
        validated.Should().Be(0, "nothing of the refused file was applied: " + report);
    }

    [Fact]
    public async Task Load_with_allow_misquotes_applies_and_warns_then_validate_reports_the_misquote_and_fails()
    {
        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, "--allow-misquotes", setting);

        exit.Should().Be(0, errors);
        output.Should().Contain("105_new.cypher: applied");
        errors.Should().Contain($"warning: {script}:3:71: misquote: «{Misquoted}»");

        var (validated, report, _) = await CommandRunner.RunAsync(ValidateCommand.Create([setting]), "validate");
        validated.Should().Be(1);
        report.Should().Contain($"misquote: org:jaxa|CITED_IN|src:test: «{Misquoted}» does not occur in the text of src:test; closest passage: «")
            .And.Contain("hier à Tokyo");
    }
}
