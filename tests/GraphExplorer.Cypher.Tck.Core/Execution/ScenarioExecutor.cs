using System.Diagnostics;
using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>
/// Runs TCK scenarios against databases made by a factory: each scenario gets a fresh database, performs its steps
/// in order and stops at the first step that does not hold.
/// </summary>
/// <remarks>
/// Thread-safe: scenarios may run concurrently, each on its own database.
/// A scenario that takes longer than the timeout fails alone: the query is cancelled (through the token and the
/// session's <see cref="QueryLimits.Timeout"/>) and the runner stops waiting for it even if the engine ignores both.
/// </remarks>
public sealed partial class ScenarioExecutor
{
    private readonly Func<IGraphDatabase> databaseFactory;
    private readonly NamedGraphs namedGraphs;
    private readonly TimeSpan timeout;
    private readonly IProcedureRegistrar? procedures;
    private readonly CsvFileFolder? csvFiles;

    /// <param name="databaseFactory">Makes a new, empty database; called once per scenario that is not skipped.</param>
    /// <param name="namedGraphs">The TCK's named graphs (<c>Given the &lt;name&gt; graph</c>).</param>
    /// <param name="timeout">The most one scenario may take.</param>
    /// <param name="procedures">Installs declared test procedures in the factory's databases; null when the backend
    /// cannot, which skips the scenarios that declare procedures.</param>
    /// <param name="csvFiles">Where the factory's databases read CSV files the scenarios declare; null when there is
    /// no such folder, which skips the scenarios that declare CSV files.</param>
    public ScenarioExecutor(
        Func<IGraphDatabase> databaseFactory,
        NamedGraphs namedGraphs,
        TimeSpan timeout,
        IProcedureRegistrar? procedures = null,
        CsvFileFolder? csvFiles = null)
    {
        this.databaseFactory = databaseFactory;
        this.namedGraphs = namedGraphs;
        this.timeout = timeout;
        this.procedures = procedures;
        this.csvFiles = csvFiles;
    }

    /// <summary>
    /// Why a scenario is skipped without running, or null when it can run: tagged <c>@ignore</c>, or it needs a hook
    /// this backend lacks. A step outside the TCK's vocabulary is no reason to skip: the scenario fails on it.
    /// </summary>
    public string? SkipReason(TckScenario scenario)
    {
        if (scenario.Tags.Contains("ignore", StringComparer.Ordinal))
        {
            return "tagged @ignore in the TCK";
        }

        if (procedures is null && scenario.Steps.OfType<ProcedureDeclarationStep>().FirstOrDefault() is { } declaration)
        {
            return $"line {declaration.Line}: declares a test procedure, and no procedure registrar was given for this backend";
        }

        return csvFiles is null && scenario.Steps.OfType<CsvFileStep>().FirstOrDefault() is { } csv
            ? $"line {csv.Line}: declares a CSV file, and no folder this backend's LOAD CSV reads was given"
            : null;
    }

    public async Task<ScenarioResult> RunAsync(TckScenario scenario, CancellationToken cancellationToken = default)
    {
        if (SkipReason(scenario) is { } skip)
        {
            return new ScenarioResult(scenario, ScenarioStatus.Skipped, skip, TimeSpan.Zero);
        }

        if (scenario.Steps.OfType<UnrecognisedStep>().FirstOrDefault() is { } unrecognised)
        {
            return new ScenarioResult(
                scenario,
                ScenarioStatus.Failed,
                $"line {unrecognised.Line}: unrecognised step '{unrecognised.Text}': it is no step of the TCK's vocabulary, so the scenario cannot be checked",
                TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancellation.CancelAfter(timeout);

        // Task.Run: an engine that computes synchronously inside RunAsync must not hold up the timeout below.
        var run = Task.Run(() => RunStepsAsync(scenario, cancellation.Token), CancellationToken.None);
        string? failure;
        try
        {
            failure = await run.WaitAsync(timeout + TimeSpan.FromSeconds(1), cancellationToken);
        }
        catch (TimeoutException)
        {
            failure = $"timed out after {timeout.TotalSeconds:0.#} s";
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            failure = $"timed out after {timeout.TotalSeconds:0.#} s";
        }

        return new ScenarioResult(scenario, failure is null ? ScenarioStatus.Passed : ScenarioStatus.Failed, failure, clock.Elapsed);
    }

    /// <summary>Performs the steps; returns null when all hold, else why the first one that does not failed.</summary>
    private async Task<string?> RunStepsAsync(TckScenario scenario, CancellationToken cancellationToken)
    {
        IGraphDatabase database;
        try
        {
            database = databaseFactory();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"could not create a database: {e.Message}";
        }

        try
        {
            var session = database.OpenSession(new SessionOptions(Limits: new QueryLimits(Timeout: timeout)));
            var state = new ScenarioState(database, NeedsSnapshots(scenario));
            try
            {
                foreach (var step in scenario.Steps)
                {
                    if (await PerformAsync(step, state, session, cancellationToken) is { } failure)
                    {
                        return $"line {step.Line}: {failure}";
                    }
                }

                return null;
            }
            finally
            {
                await session.DisposeAsync();
                foreach (var file in state.CsvFiles)
                {
                    File.Delete(file);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return $"timed out after {timeout.TotalSeconds:0.#} s";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Most often the engine failing with something other than a CypherException (e.g. a NullReferenceException).
            return $"unexpected exception: {Describe(e)}";
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static bool NeedsSnapshots(TckScenario scenario) =>
        scenario.Steps.Any(step => step is ExpectSideEffectsStep or ExpectErrorStep or ExpectGqlErrorStep);

    /// <summary>"Kind at Phase: Detail: message" for a Cypher error; type, message and stack for any other exception.</summary>
    internal static string Describe(Exception e) => e is CypherException cypher
        ? $"{cypher.Kind} at {cypher.Phase}: {cypher.Detail}: {cypher.Message}"
        : $"{e.GetType().FullName}: {e.Message}{Environment.NewLine}{e.StackTrace}";


    private static TckProcedure ParseProcedure(ProcedureDeclarationStep step)
    {
        var rows = step.Rows
            .Select(row => row.Select(TckValueParser.Parse).ToList())
            .Select(values => ((IReadOnlyList<object?>)values.Take(step.Inputs.Count).ToList(), (IReadOnlyList<object?>)values.Skip(step.Inputs.Count).ToList()))
            .ToList();
        return new TckProcedure(step.Name, step.Inputs, step.Outputs, rows);
    }

    private static Dictionary<string, object?> ParseParameters(ParametersStep step)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, literal) in step.Parameters)
        {
            parameters[name] = TckValueParser.ParseParameter(literal);
        }

        return parameters;
    }
}
