using System.Globalization;
using GraphExplorer.Cypher.Execution.Administration;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// SHOW SETTINGS (Operations manual, "Show configuration settings"), SHOW TRANSACTIONS and TERMINATE TRANSACTIONS
/// (Operations manual, "Manage transactions").
/// </summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary>The settings' rows: all of them, or those named (a name no setting has lists nothing, as in Neo4j).</summary>
    private Func<QueryContext, IEnumerable<object?[]>> SettingRows(ShowSettingsStatement show)
    {
        var names = CompileNames(show.Names, "SHOW SETTINGS", "setting names");
        return ctx => names(ctx) is { } wanted ? ctx.Settings.Rows().Where(row => wanted.Contains((string)row[0]!)) : ctx.Settings.Rows();
    }

    /// <summary>One row per open transaction (all, or those whose ids are given), oldest first.</summary>
    private Func<QueryContext, IEnumerable<object?[]>> TransactionRows(TransactionsStatement show)
    {
        var ids = CompileNames(show.Ids, "SHOW TRANSACTIONS", "transaction ids");
        return ctx =>
        {
            var wanted = ids(ctx);
            var now = DateTimeOffset.UtcNow;
            return (ctx.Transactions?.Open() ?? []).Where(t => wanted is null || wanted.Contains(t.Id)).Select(t => TransactionRow(t, now)).ToList();
        };
    }

    private static object?[] TransactionRow(RunningTransaction transaction, DateTimeOffset now)
    {
        var query = transaction.Current;
        return
        [
            Neo4jCompatibility.DefaultDatabase,
            transaction.Id,
            query?.Id ?? "",
            transaction.Client?.ConnectionId ?? "",
            transaction.Client?.ClientAddress ?? "",
            transaction.Client?.Username ?? "",
            query?.Text ?? "",
            Timestamp(transaction.StartTime),
            transaction.Terminated ? "Terminated with reason: Explicitly terminated by the user." : "Running",
            Elapsed(transaction.StartTime, now),
            query is null ? null : Timestamp(query.StartTime),
            query is null ? null : Elapsed(query.StartTime, now),
            query is null ? "" : "running",
            "",
        ];
    }

    /// <summary>
    /// Terminates each named transaction and says so per id. A statement in a read transaction (a reader's) may only
    /// terminate transactions of its own user; a steward's may terminate any.
    /// </summary>
    private Func<QueryContext, IEnumerable<object?[]>> TerminateRows(TransactionsStatement terminate)
    {
        var ids = CompileNames(terminate.Ids, "TERMINATE TRANSACTIONS", "transaction ids");
        return ctx =>
        {
            var rows = new List<object?[]>();
            foreach (var id in ids(ctx)!.Order(StringComparer.Ordinal))
            {
                var target = ctx.Transactions?.Find(id);
                if (target is null)
                {
                    rows.Add([id, null, "Transaction not found."]);
                    continue;
                }

                var caller = ctx.Running;
                var own = caller?.Client?.Username is { } user && user == target.Client?.Username;
                if (caller?.AccessMode == AccessMode.Read && !own)
                {
                    throw CypherErrors.TerminateForbidden(id);
                }

                target.Terminate();
                rows.Add([id, target.Client?.Username ?? "", "Transaction terminated."]);
            }

            return rows;
        };
    }

    /// <summary>
    /// The names or ids a command lists, evaluated per run: null when none were given (everything), else the set of
    /// STRING values and LIST&lt;STRING&gt; elements.
    /// </summary>
    private Func<QueryContext, HashSet<string>?> CompileNames(IReadOnlyList<Expression> names, string command, string what)
    {
        var compiled = names.Select(n => (Evaluate: CompileExpression(n, Scope.Empty), Syntax: n)).ToArray();
        if (compiled.Length == 0)
        {
            return _ => null;
        }

        return ctx =>
        {
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (evaluate, syntax) in compiled)
            {
                switch (evaluate(new object?[ctx.SlotCount], ctx))
                {
                    case string name:
                        wanted.Add(name);
                        break;
                    case IEnumerable<object?> list when list.All(item => item is string):
                        wanted.UnionWith(list.Cast<string>());
                        break;
                    case var other:
                        throw CypherErrors.InvalidArgumentType($"{command} expects {what} as a String or a List<String>, got {Operations.TypeName(other)}", syntax);
                }
            }

            return wanted;
        };
    }

    private static string Timestamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static CypherDuration Elapsed(DateTimeOffset from, DateTimeOffset now)
    {
        var ticks = Math.Max(0, (now - from).Ticks);
        return new CypherDuration(0, 0, ticks / TimeSpan.TicksPerSecond, (int)(ticks % TimeSpan.TicksPerSecond * 100));
    }
}
