using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Tests.Execution;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>Logical plans of queries against a test database's schema and counts, as the engine makes them before running.</summary>
internal static class LogicalPlans
{
    public static LogicalPlan Of(TestDatabase db, string query) =>
        new LogicalPlanner(db.Database.Store.Current, query, db.Database.Procedures).Plan(CypherParser.ParseStatement(query));

    /// <summary>The operators of the (first) branch in the order rows flow, by EXPLAIN name.</summary>
    public static IReadOnlyList<LogicalOperator> Operators(this LogicalPlan plan, int branch = 0) => plan.Query.Branches[branch].Root.Pipeline();

    public static IEnumerable<string> Names(this LogicalPlan plan, int branch = 0) => plan.Operators(branch).Select(o => o.Name);

    /// <summary>The single operator of type <typeparamref name="T"/> in the first branch.</summary>
    public static T Single<T>(this LogicalPlan plan) where T : LogicalOperator => plan.Operators().OfType<T>().Single();
}
