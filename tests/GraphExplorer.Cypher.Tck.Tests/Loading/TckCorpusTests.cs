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
    public void The_only_steps_not_understood_are_procedure_declarations()
    {
        var unsupported = TckCatalog.Scenarios.Values
            .SelectMany(s => s.Steps.OfType<UnsupportedStep>())
            .Select(step => step.Text)
            .Where(text => !text.StartsWith("there exists a procedure ", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        unsupported.Should().BeEmpty();
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
    public void Scenario_ids_are_unique()
    {
        var all = Tck.Loading.FeatureLoader.LoadAll(TckCatalog.Features);

        all.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        all.Count.Should().Be(TckCatalog.Scenarios.Count);
    }
}
