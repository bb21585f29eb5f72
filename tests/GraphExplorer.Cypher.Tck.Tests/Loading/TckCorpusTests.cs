using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Cypher.Tck.Tests.Scenarios;
using GraphExplorer.Cypher.Tck.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Loading;

/// <summary>The harness against the whole shared TCK: every step is understood and every literal parses.</summary>
public sealed class TckCorpusTests
{
    [Fact]
    public void Every_expected_value_and_parameter_literal_of_the_TCK_parses()
    {
        var failures = new List<string>();
        foreach (var scenario in TckCatalog.Scenarios.Values)
        {
            foreach (var step in scenario.Steps)
            {
                var literals = step switch
                {
                    ExpectResultStep result => result.Rows.SelectMany(row => row),
                    ParametersStep parameters => parameters.Parameters.Select(p => p.Value),
                    _ => [],
                };
                foreach (var literal in literals)
                {
                    try
                    {
                        _ = step is ParametersStep ? TckValueParser.ParseParameter(literal) : TckValueParser.Parse(literal);
                    }
                    catch (TckValueFormatException e)
                    {
                        failures.Add($"{scenario.Id} line {step.Line}: {e.Message}");
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Every_step_of_the_TCK_is_understood()
    {
        var unrecognised = TckCatalog.Scenarios.Values
            .SelectMany(s => s.Steps.OfType<UnrecognisedStep>())
            .Select(step => step.Text)
            .Distinct()
            .ToList();

        unrecognised.Should().BeEmpty();
    }

    [Fact]
    public void Every_scenario_executes_a_query_and_checks_its_outcome()
    {
        var incomplete = TckCatalog.Scenarios.Values
            .Where(s => !s.Steps.Any(step => step is ExecuteQueryStep)
                || !s.Steps.Any(step => step is ExpectResultStep or ExpectEmptyResultStep or ExpectErrorStep))
            .Select(s => s.Id)
            .ToList();

        incomplete.Should().BeEmpty();
    }

    [Fact]
    public void Every_scenario_written_in_a_feature_file_is_loaded()
    {
        // Some TCK feature files are empty placeholders; every Scenario line of the others must give a scenario
        // (an outline at least one, one per example row).
        var missing = new List<string>();
        foreach (var path in Directory.EnumerateFiles(TckCatalog.Features, "*.feature", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(TckCatalog.Features, path).Replace('\\', '/');
            var lines = File.ReadAllLines(path).Select(line => line.Trim()).ToList();
            var plain = lines.Count(line => line.StartsWith("Scenario:", StringComparison.Ordinal));
            var outlines = lines.Count(line => line.StartsWith("Scenario Outline:", StringComparison.Ordinal));
            var loaded = TckCatalog.Scenarios.Values.Where(s => s.FeaturePath == relative).ToList();
            if (loaded.Count(s => s.ExampleIndex is null) != plain
                || loaded.Where(s => s.ExampleIndex is not null).Select(OutlineNumber).Distinct().Count() != outlines)
            {
                missing.Add(relative);
            }
        }

        missing.Should().BeEmpty();
    }

    /// <summary>"[5]" of "[5] Fail on invalid types #Example: list": outline names may hold placeholders, their number does not.</summary>
    private static string OutlineNumber(TckScenario scenario) => scenario.Name[..(scenario.Name.IndexOf(']', StringComparison.Ordinal) + 1)];

    [Fact]
    public void Scenario_ids_are_unique()
    {
        var all = Tck.Loading.FeatureLoader.LoadAll(TckCatalog.Features);

        all.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        all.Count.Should().Be(TckCatalog.Scenarios.Count);
    }
}
