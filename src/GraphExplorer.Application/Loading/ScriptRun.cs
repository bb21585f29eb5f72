using System.Diagnostics;
using GraphExplorer.Cypher.Scripts;
using GraphExplorer.Database;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// One script being applied: runs its statements one by one under the file's time budget, turns each failure into a
/// <see cref="ScriptStatementException"/> that names the statement and the limit, and logs progress on long files.
/// </summary>
/// <remarks>Not thread-safe: one per script, used by one load.</remarks>
internal sealed class ScriptRun(
    ScriptFile script,
    ScriptPlan plan,
    LoadOptions options,
    CancellationTokenSource budget,
    CancellationToken caller,
    ILogger logger)
{
    /// <summary>How often a long file logs how far it got.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(10);

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastProgress;

    public ScriptFile Script => script;

    public ScriptPlan Plan => plan;

    public LoadOptions Options => options;

    /// <summary>Cancelled by the caller or when the file's budget runs out.</summary>
    public CancellationToken CancellationToken => budget.Token;

    /// <summary>The statement read last, null before the first.</summary>
    public StatementText? LastStatement { get; private set; }

    public Task<QueryStatistics> StatementAsync(IGraphTransaction transaction, StatementText statement) =>
        StatementAsync(statement, () => transaction.RunAsync(statement.Text, null, budget.Token));

    /// <summary>Runs a statement in auto-commit (<c>CALL { … } IN TRANSACTIONS</c>, which commits its batches itself).</summary>
    public Task<QueryStatistics> StatementAsync(IGraphSession session, StatementText statement) =>
        StatementAsync(statement, () => session.RunAsync(statement.Text, null, budget.Token));

    private async Task<QueryStatistics> StatementAsync(StatementText statement, Func<Task<QueryResult>> run)
    {
        LastStatement = statement;
        try
        {
            var statistics = (await run()).Statistics;
            ReportProgress(statement);
            return statistics;
        }
        catch (CypherException exception) when (exception.Kind == CypherErrorKind.QueryTimeout)
        {
            throw new ScriptStatementException(statement, exception.Kind.ToString(),
                $"the statement ran longer than the per-statement limit (Database:QueryTimeoutSeconds): {exception.Message}", exception);
        }
        catch (CypherException exception)
        {
            throw new ScriptStatementException(statement, exception);
        }
        catch (OperationCanceledException exception) when (!caller.IsCancellationRequested && options.FileTimeout is { } limit)
        {
            throw new ScriptStatementException(statement, "FileTimeout",
                $"the file's time budget (Load:FileTimeoutSeconds = {limit.TotalSeconds:0.###} s) ran out during this statement", exception);
        }
    }

    private void ReportProgress(StatementText statement)
    {
        if (clock.Elapsed - lastProgress < ProgressInterval)
        {
            return;
        }

        lastProgress = clock.Elapsed;
        logger.LogInformation("{Script}: statement {Number} of {Count} done after {Seconds:0} s", script.Name, statement.Number, plan.Count, clock.Elapsed.TotalSeconds);
    }
}
