using GraphExplorer.Database;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// A PROFILE statement's plan as rows for <c>query</c>'s output: one per operator, root first, each operator's name
/// indented under the one that reads from it (as Neo4j's tools print a plan), with its details, identifiers, rows,
/// db hits and time in milliseconds.
/// </summary>
internal static class ProfileTable
{
    private static readonly string[] Columns = ["operator", "details", "identifiers", "rows", "db hits", "time (ms)"];

    public static QueryResult Of(ProfiledPlan plan)
    {
        var rows = new List<IReadOnlyList<object?>>();
        Add(plan, 0, rows);
        return QueryResult.FromRows(Columns, rows);
    }

    private static void Add(ProfiledPlan plan, int depth, List<IReadOnlyList<object?>> rows)
    {
        rows.Add([
            new string(' ', 2 * depth) + "+" + plan.OperatorType,
            plan.Arguments.GetValueOrDefault("Details") as string ?? "",
            string.Join(", ", plan.Identifiers),
            plan.Rows,
            plan.DbHits,
            Math.Round(plan.TimeNanoseconds / 1_000_000.0, 3),
        ]);
        foreach (var child in plan.Children)
        {
            Add(child, depth + 1, rows);
        }
    }
}
