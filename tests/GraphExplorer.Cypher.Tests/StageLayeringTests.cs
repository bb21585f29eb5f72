using System.Text.RegularExpressions;

namespace GraphExplorer.Cypher.Tests;

/// <summary>
/// The engine's stages (folders = namespaces) use only earlier stages: Syntax → Semantics → Planning → Execution, with
/// Storage and the shared value semantics (Values) below them. Read from the source, so a using directive or a
/// qualified name (<c>Execution.Evaluator</c>) both count; comments do not.
/// </summary>
public sealed partial class StageLayeringTests
{
    /// <summary>
    /// The stages each stage may use. Storage is below the pipeline (Planning reads its schema and counts), but raises
    /// its constraint and commit errors through the engine's one error builder, Semantics' CypherErrors.
    /// </summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Values"] = [],
        ["Syntax"] = ["Values"],
        ["Semantics"] = ["Syntax", "Values"],
        ["Planning"] = ["Syntax", "Semantics", "Storage", "Values"],
        ["Execution"] = ["Syntax", "Semantics", "Planning", "Storage", "Values"],
        ["Storage"] = ["Semantics", "Values"],
        // The bulk importer sits beside the pipeline, not below it: it reads CSV text as Cypher's values (Execution's
        // temporal and point parsing, so a date imports as Cypher reads it) and writes a snapshot through Storage.
        ["BulkImport"] = ["Semantics", "Execution", "Storage", "Values"],
    };

    [Fact]
    public void No_stage_uses_a_later_stage()
    {
        var uses = StageUses();
        uses.Should().Contain(u => u.From == "Execution" && u.To == "Storage", "the scan must see the engine's source");
        uses.Should().Contain(u => u.From == "Execution" && u.To == "Planning", "the physical planner reads the logical plan");

        var violations = uses
            .Where(u => !Allowed[u.From].Contains(u.To))
            .Select(u => $"{u.File} ({u.From}) uses {u.To}");
        violations.Should().BeEmpty();
    }

    private static List<(string From, string To, string File)> StageUses()
    {
        var engine = Path.Combine(RepositoryRoot(), "src", "GraphExplorer.Cypher");
        var uses = new List<(string, string, string)>();
        foreach (var file in Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(engine, file);
            var from = relative.Split(Path.DirectorySeparatorChar)[0];
            if (!Allowed.ContainsKey(from))
            {
                continue; // the composition root (EmbeddedGraphDatabase, sessions) and build output
            }

            var code = LineComment().Replace(File.ReadAllText(file), "");
            var targets = StageReference().Matches(code).Select(m => m.Groups["stage"].Value);
            uses.AddRange(targets.Where(to => to != from).Distinct().Select(to => (from, to, relative)));
        }

        return uses;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GraphExplorer.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphExplorer.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    /// <summary><c>GraphExplorer.Cypher.Stage</c> anywhere, or <c>Stage.Name</c> not itself qualified (so not Database.Values).</summary>
    [GeneratedRegex(@"GraphExplorer\.Cypher\.(?<stage>Syntax|Semantics|Planning|Execution|Storage|Values|BulkImport)\b|(?<![\w.])(?<stage>Syntax|Semantics|Planning|Execution|Storage|Values|BulkImport)\.[A-Z]")]
    private static partial Regex StageReference();
}
