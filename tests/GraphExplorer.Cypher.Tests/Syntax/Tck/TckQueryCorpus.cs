using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tests.Syntax.Tck;

/// <summary>
/// The query texts of the openCypher TCK feature files: every "When executing query:", "When executing control
/// query:" and "having executed:" step of every scenario, as the TCK runner's <see cref="FeatureLoader"/> reads them
/// with Cucumber's Gherkin parser (so Scenario Outline placeholders are already filled from each Examples row).
/// </summary>
internal static class TckQueryCorpus
{
    /// <summary>The details the parser itself must raise; other SyntaxError details belong to semantic analysis.</summary>
    public static readonly IReadOnlySet<string> ParserDetails = new HashSet<string>(StringComparer.Ordinal)
    {
        "UnexpectedSyntax", "InvalidNumberLiteral", "IntegerOverflow", "InvalidUnicodeLiteral",
        "InvalidUnicodeCharacter", "InvalidRelationshipPattern", "InvalidParameterUse",
    };

    private static readonly Lazy<IReadOnlyList<TckQuery>> AllQueries = new(Load);

    public static IReadOnlyList<TckQuery> Queries => AllQueries.Value;

    /// <summary>The features folder: $OPENCYPHER_TCK_FEATURES, or the repository's tests/opencypher/tck/features.</summary>
    public static string FeaturesDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("OPENCYPHER_TCK_FEATURES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        return TckLocation.FindFeatures(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException(
                $"openCypher TCK features not found: set OPENCYPHER_TCK_FEATURES or keep them at {TckLocation.RelativeFeatures} in the repository");
    }

    private static List<TckQuery> Load() =>
        FeatureLoader.LoadAll(FeaturesDirectory()).SelectMany(QueriesOf).ToList();

    /// <summary>
    /// The queries of one scenario. Its expected compile-time SyntaxError detail (if any) belongs to every query but
    /// the setup ones; a result table's header belongs to the query executed just before it.
    /// </summary>
    private static IEnumerable<TckQuery> QueriesOf(TckScenario scenario)
    {
        var expectedError = scenario.Steps.OfType<ExpectErrorStep>()
            .FirstOrDefault(error => error is { Kind: "SyntaxError", Phase: "compile time" })?.Detail;
        var queries = new List<TckQuery>();
        var lastExecuted = -1;
        foreach (var step in scenario.Steps)
        {
            switch (step)
            {
                case HavingExecutedStep setup:
                    queries.Add(new TckQuery(NameOf(scenario, setup), setup.Query, null, null));
                    break;
                case ExecuteQueryStep executed:
                    lastExecuted = queries.Count;
                    queries.Add(new TckQuery(NameOf(scenario, executed), executed.Query, expectedError, null));
                    break;
                case ExpectResultStep result when lastExecuted >= 0:
                    queries[lastExecuted] = queries[lastExecuted] with { ResultColumns = result.Columns };
                    break;
            }
        }

        return queries;
    }

    /// <summary>The scenario's id (as in known-failures.txt) and the line of the step that holds the query.</summary>
    private static string NameOf(TckScenario scenario, TckStep step) => $"{scenario.Id} (line {step.Line})";
}

/// <summary>
/// One TCK query; <see cref="ExpectedSyntaxError"/> is the compile-time SyntaxError detail its scenario expects and
/// <see cref="ResultColumns"/> the header of its expected result table, when it has one.
/// </summary>
internal sealed record TckQuery(string Name, string Text, string? ExpectedSyntaxError, IReadOnlyList<string>? ResultColumns)
{
    public override string ToString() => Name;
}
