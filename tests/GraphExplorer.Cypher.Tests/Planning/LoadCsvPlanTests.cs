using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>LOAD CSV is a logical operator of its own, streaming into what follows it.</summary>
public sealed class LoadCsvPlanTests
{
    private static LogicalPlan Plan(string query) => LogicalPlans.Of(PlannerTests.Indexed(), query);

    [Fact]
    public void Load_csv_is_a_LoadCSV_operator_before_the_clauses_that_use_its_rows()
    {
        var plan = Plan("LOAD CSV WITH HEADERS FROM $url AS row FIELDTERMINATOR ';' CREATE (:Person {id: row.id})");

        plan.Names().Should().Equal("LoadCSV", "Create");
        var load = plan.Single<LoadCsv>();
        load.WithHeaders.Should().BeTrue();
        load.FieldTerminator.Should().Be(';');
        load.Url.Should().BeOfType<Parameter>().Which.Name.Should().Be("url");
        load.Details.Should().Be("WITH HEADERS");
    }

    [Fact]
    public void Load_csv_feeds_a_subquery_in_transactions()
    {
        var plan = Plan("LOAD CSV FROM 'file:///people.csv' AS row CALL (row) { CREATE (:Person {id: row[0]}) } IN TRANSACTIONS OF 10 ROWS");

        plan.Names().First().Should().Be("LoadCSV");
        plan.Single<LoadCsv>().WithHeaders.Should().BeFalse();
        plan.Single<LoadCsv>().FieldTerminator.Should().Be(',');
    }
}
