using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>
/// Input-field weights in the cost estimate (IBM GraphQL Cost Directive, weight on INPUT_FIELD_DEFINITION): each use of
/// a weighted input field adds its weight to the field whose argument holds it, at any depth, in literals and in variables.
/// </summary>
public sealed class CostAnalysisInputWeightTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { items(first: Int, where: ItemWhere): [Item] }
        type Item { name: String children(where: ItemWhere): [Item] }
        input ItemWhere { name: String OR: [ItemWhere!] children: ItemQuantifier }
        input ItemQuantifier { some: ItemWhere none: ItemWhere }
        """)
        .SetInputFieldCost("ItemQuantifier", "some", 5)
        .SetInputFieldCost("ItemQuantifier", "none", 5)
        .Build();

    private static long Cost(string query, string? variables = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var coerced = Executor.CoerceVariableValues(Schema, operation, variables is null ? null : JsonInput.ParseVariables(variables), out var errors);
        errors.Should().BeEmpty();
        return CostAnalysis.Estimate(Schema, document, operation, coerced, defaultListSize: 10).Total;
    }

    [Fact]
    public void Unweighted_inputs_cost_nothing_more()
    {
        Cost("""{ items(first: 2, where: { name: "a" }) { name } }""").Should().Be(Cost("{ items(first: 2) { name } }")).And.Be(3);
    }

    [Fact]
    public void Each_use_of_a_weighted_input_field_adds_its_weight_at_any_depth()
    {
        var plain = Cost("{ items(first: 2) { name } }");

        Cost("""{ items(first: 2, where: { children: { some: { name: "a" } } }) { name } }""").Should().Be(plain + 5);
        Cost("""{ items(first: 2, where: { OR: [{ children: { some: {} } }, { children: { none: { children: { some: {} } } } }] }) { name } }""")
            .Should().Be(plain + 15);
    }

    [Fact]
    public void Weighted_inputs_given_in_variables_count_the_same()
    {
        Cost("query($w: ItemWhere) { items(first: 2, where: $w) { name } }", """{ "w": { "OR": [{ "children": { "some": {} } }] } }""")
            .Should().Be(Cost("{ items(first: 2) { name } }") + 5);
    }

    [Fact]
    public void A_weighted_filter_on_a_nested_list_counts_once_per_parent()
    {
        Cost("""{ items(first: 3) { children(where: { children: { some: {} } }) { name } } }""")
            .Should().Be(1 + 3 * ((1 + 5) + 10 * 1));
    }
}
