using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

/// <summary>The protective rules: MaxDepthRule and NoIntrospectionRule (the cost limit is checked at execution: CostAnalysisTests).</summary>
public sealed class ProtectiveRulesTests
{
    [Fact]
    public void Max_depth_counts_fields_through_fragments()
    {
        const string query = "{ human { relatives { ...R } } } fragment R on Human { relatives { relatives { name } } }";
        ValidationHarness.Errors(query, new MaxDepthRule(5)).Should().BeEmpty();
        ValidationHarness.Errors(query, new MaxDepthRule(4)).Should().Equal(
            "The operation has a depth of 5, which exceeds the maximum allowed depth of 4. @ 1:1");
    }

    [Fact]
    public void Max_depth_ignores_fragment_cycles()
    {
        ValidationHarness.Errors("{ dog { ...A } } fragment A on Dog { mother { ...A } }", new MaxDepthRule(100)).Should().BeEmpty();
    }

    [Fact]
    public void Introspection_can_be_disabled()
    {
        ValidationHarness.Errors("{ __schema { queryType { name } } t: __type(name: \"Dog\") { name } dog { __typename } }", new NoIntrospectionRule()).Should().Equal(
            "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\". @ 1:3",
            "GraphQL introspection has been disabled, but the requested query contained the field \"__type\". @ 1:35");
    }

    [Fact]
    public void Fragments_spread_many_times_are_measured_once()
    {
        // 40 levels of fragments, each spreading the next twice: 2^40 paths if expanded naively.
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Human {{ relatives {{ ...F{i + 1} ...F{i + 1} }} }} "));
        var query = "{ human { ...F0 } } " + fragments + "fragment F40 on Human { name }";
        ValidationHarness.Errors(query, new MaxDepthRule(100)).Should().BeEmpty();
    }
}
