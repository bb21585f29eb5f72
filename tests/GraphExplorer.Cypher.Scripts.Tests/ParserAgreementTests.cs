using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Scripts.Tests;

/// <summary>
/// The token-level <see cref="StatementClassifier"/> gives, on every statement that the embedded engine's parser
/// accepts, the kind that the parsed syntax tree implies: over the repository's scripts (<c>cypher/</c>), the Neo4j 5
/// dialect suite and the openCypher TCK. Statements that do not parse are left out: the database reports those.
/// </summary>
public sealed class ParserAgreementTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void The_classifier_agrees_with_the_parser_on_every_statement_of_the_repository_scripts()
    {
        var statements = Directory.EnumerateFiles(Path.Combine(Root, "cypher"), "*.cypher", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file =>
            {
                using var reader = File.OpenText(file);
                return ScriptSplitter.Split(reader)
                    .Select(s => ($"{Path.GetRelativePath(Root, file)}:{s.Line}:{s.Column}", s.Text))
                    .ToList();
            });

        var kinds = Compare(statements);

        kinds.Should().ContainKeys(StatementKind.Query, StatementKind.Schema);
    }

    [Fact]
    public void The_classifier_agrees_with_the_parser_on_every_query_of_the_neo4j5_dialect_suite()
    {
        var kinds = Compare(FeatureQueries(Path.Combine(Root, "tests", "neo4j5-dialect")));

        kinds.Should().ContainKeys(StatementKind.Query, StatementKind.Schema, StatementKind.InTransactions);
    }

    [Fact]
    public void The_classifier_agrees_with_the_parser_on_every_query_of_the_opencypher_tck()
    {
        var features = TckLocation.FindFeatures(Root)
            ?? throw new DirectoryNotFoundException($"the openCypher TCK is not at {TckLocation.RelativeFeatures} in {Root}");

        var kinds = Compare(FeatureQueries(features));

        kinds[StatementKind.Query].Should().BeGreaterThan(1000);
    }

    /// <summary>
    /// The kind the parser's syntax tree implies, as the loader classified statements before the classifier: IN
    /// TRANSACTIONS counts only in the top-level clauses (Neo4j allows it nowhere else), and EXPLAIN runs nothing.
    /// </summary>
    private static StatementKind ParsedKind(Statement parsed) => parsed switch
    {
        SingleQuery single when HasInTransactions(single) => StatementKind.InTransactions,
        UnionQuery union when union.Queries.Any(HasInTransactions) => StatementKind.InTransactions,
        // PROFILE runs its query as the query alone would run.
        ProfileStatement profile => ParsedKind(profile.Query),
        // Administration commands that read (SHOW) or end others' work (TERMINATE) change no data of their own: they
        // run where a query runs, as Neo4j allows them in a transaction.
        Query or ShowSchemaStatement or ShowRoutinesStatement or ShowSettingsStatement or TransactionsStatement
            or ExplainStatement => StatementKind.Query,
        _ => StatementKind.Schema,
    };

    private static bool HasInTransactions(SingleQuery query) =>
        query.Clauses.Any(c => c is SubqueryCallClause { InTransactions: not null });

    /// <summary>Asserts agreement on every statement that parses; returns how many of each kind there were.</summary>
    private static Dictionary<StatementKind, int> Compare(IEnumerable<(string Where, string Text)> statements)
    {
        var kinds = new Dictionary<StatementKind, int>();
        var disagreements = new List<string>();
        foreach (var (where, text) in statements)
        {
            Statement parsed;
            try
            {
                parsed = CypherParser.ParseStatement(text);
            }
            catch (CypherException)
            {
                continue;
            }

            var expected = ParsedKind(parsed);
            var classified = StatementClassifier.Classify(text);
            kinds[expected] = kinds.GetValueOrDefault(expected) + 1;
            if (classified != expected)
            {
                disagreements.Add($"{where}: parser {expected}, classifier {classified}:\n{text}");
            }
        }

        disagreements.Should().BeEmpty("the classifier must tell every parsed statement's kind as its syntax tree does");
        return kinds;
    }

    /// <summary>Every query of every scenario (setup and executed) under a folder of feature files, with its scenario and line.</summary>
    private static IEnumerable<(string Where, string Text)> FeatureQueries(string folder)
    {
        foreach (var scenario in FeatureLoader.LoadAll(folder))
        {
            foreach (var step in scenario.Steps)
            {
                var query = step switch
                {
                    HavingExecutedStep setup => setup.Query,
                    ExecuteQueryStep executed => executed.Query,
                    _ => null,
                };
                if (query is not null)
                {
                    yield return ($"{scenario.Id} (line {step.Line})", query);
                }
            }
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GraphExplorer.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no GraphExplorer.sln above {AppContext.BaseDirectory}");
    }
}
