using System.Collections.Concurrent;
using System.Diagnostics;
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
    private readonly string graphsFolder;
    private readonly TimeSpan timeout;
    private readonly IProcedureRegistrar? procedures;
    private readonly ConcurrentDictionary<string, string> namedGraphs = new(StringComparer.Ordinal);

    /// <param name="databaseFactory">Makes a new, empty database; called once per scenario that is not skipped.</param>
    /// <param name="graphsFolder">The TCK's graphs folder, holding &lt;name&gt;/&lt;name&gt;.cypher for each named graph.</param>
    /// <param name="timeout">The most one scenario may take.</param>
    /// <param name="procedures">Installs declared test procedures in the factory's databases; null when the backend
    /// cannot, which skips the scenarios that declare procedures.</param>
    public ScenarioExecutor(Func<IGraphDatabase> databaseFactory, string graphsFolder, TimeSpan timeout, IProcedureRegistrar? procedures = null)
    {
        this.databaseFactory = databaseFactory;
        this.graphsFolder = graphsFolder;
        this.timeout = timeout;
        this.procedures = procedures;
    }

    /// <summary>Why a scenario is skipped without running, or null when it can run.</summary>
    public string? SkipReason(TckScenario scenario)
    {
        if (scenario.Tags.Contains("ignore", StringComparer.Ordinal))
        {
            return "tagged @ignore in the TCK";
        }

        if (scenario.Steps.OfType<UnsupportedStep>().FirstOrDefault() is { } unsupported)
        {
            return $"line {unsupported.Line}: {unsupported.Reason}";
        }

        return procedures is null && scenario.Steps.OfType<ProcedureDeclarationStep>().FirstOrDefault() is { } declaration
            ? $"line {declaration.Line}: declares a test procedure, and no procedure registrar was given for this backend"
            : null;
    }

    public async Task<ScenarioResult> RunAsync(TckScenario scenario, CancellationToken cancellationToken = default)
    {
        if (SkipReason(scenario) is { } skip)
        {
            return new ScenarioResult(scenario, ScenarioStatus.Skipped, skip, TimeSpan.Zero);
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
            try
            {
                var state = new ScenarioState(database, NeedsSnapshots(scenario));
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
        scenario.Steps.Any(step => step is ExpectSideEffectsStep or ExpectErrorStep);

    /// <summary>"Kind at Phase: Detail: message" for a Cypher error; type, message and stack for any other exception.</summary>
    internal static string Describe(Exception e) => e is CypherException cypher
        ? $"{cypher.Kind} at {cypher.Phase}: {cypher.Detail}: {cypher.Message}"
        : $"{e.GetType().FullName}: {e.Message}{Environment.NewLine}{e.StackTrace}";

    private string LoadNamedGraph(string name) => namedGraphs.GetOrAdd(name, key =>
    {
        var path = Path.Combine(graphsFolder, key, key + ".cypher");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"The TCK names a graph '{key}' but '{path}' does not exist.", path);
    });

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
