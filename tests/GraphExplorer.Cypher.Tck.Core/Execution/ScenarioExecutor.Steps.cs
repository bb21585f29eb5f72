using GraphExplorer.Cypher.Tck.Comparison;
using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>The meaning of each step (TCK README, "Format of a TCK scenario").</summary>
public sealed partial class ScenarioExecutor
{
    /// <summary>What earlier steps left for later ones.</summary>
    private sealed class ScenarioState(IGraphDatabase database, bool needsSnapshots)
    {
        public IGraphDatabase Database { get; } = database;

        public bool NeedsSnapshots { get; } = needsSnapshots;

        /// <summary>The parameters given so far: each parameters step (and CSV file URL) adds to them, as in the TCK's API.</summary>
        public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

        /// <summary>The CSV files the scenario declared, deleted when it ends.</summary>
        public List<string> CsvFiles { get; } = [];

        /// <summary>The result of the last query executed (under test or control), when it succeeded.</summary>
        public QueryResult? LastResult { get; set; }

        /// <summary>The error of the last query executed, when it failed.</summary>
        public Exception? LastError { get; set; }

        /// <summary>The graph before and after the query under test (not control queries), when measured.</summary>
        public GraphSnapshot? Before { get; set; }

        public GraphSnapshot? After { get; set; }

        public bool QueryExecuted { get; set; }
    }

    private async Task<string?> PerformAsync(TckStep step, ScenarioState state, IGraphSession session, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case GivenGraphStep { Graph: InitialGraph.Named, GraphName: { } name }:
                return await SetUpNamedGraphAsync(name, session, cancellationToken);
            case GivenGraphStep:
                return null; // The database is new, so already empty; 'any graph' is satisfied by the empty graph.
            case HavingExecutedStep having:
                return await SetUpAsync("the setup query", having.Query, session, cancellationToken);
            case ProcedureDeclarationStep declaration:
                procedures!.Register(state.Database, ParseProcedure(declaration));
                return null;
            case ParametersStep parameters:
                foreach (var (name, value) in ParseParameters(parameters))
                {
                    state.Parameters[name] = value;
                }

                return null;
            case CsvFileStep csv:
                var (path, url) = csvFiles!.Write(csv.Columns, csv.Rows);
                state.CsvFiles.Add(path);
                state.Parameters[csv.UrlParameter] = url;
                return null;
            case ExecuteQueryStep execute:
                return await ExecuteAsync(execute, state, session, cancellationToken);
            case ExpectResultStep expect:
                return CheckResult(expect, state);
            case ExpectEmptyResultStep:
                return CheckEmpty(state);
            case ExpectSideEffectsStep effects:
                return CheckSideEffects(effects.Expected, state);
            case ExpectErrorStep error:
                return CheckError(error, state);
            case ExpectGqlErrorStep gqlError:
                return CheckGqlError(gqlError, state);
            case UnrecognisedStep unrecognised:
                return $"unrecognised step '{unrecognised.Text}'";
            default:
                return $"no meaning is defined for {step.GetType().Name}";
        }
    }

    private async Task<string?> SetUpNamedGraphAsync(string name, IGraphSession session, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> scripts;
        try
        {
            scripts = namedGraphs.ScriptsOf(name);
        }
        catch (TckLoadException e)
        {
            return e.Message;
        }

        foreach (var script in scripts)
        {
            if (await SetUpAsync($"the {name} graph", script, session, cancellationToken) is { } failure)
            {
                return failure;
            }
        }

        return null;
    }

    private static async Task<string?> SetUpAsync(string what, string query, IGraphSession session, CancellationToken cancellationToken)
    {
        try
        {
            await session.RunAsync(query, null, cancellationToken);
            return null;
        }
        catch (CypherException e)
        {
            return $"{what} failed: {Describe(e)}";
        }
    }

    private static async Task<string?> ExecuteAsync(
        ExecuteQueryStep step,
        ScenarioState state,
        IGraphSession session,
        CancellationToken cancellationToken)
    {
        var measured = !step.IsControlQuery && state.NeedsSnapshots;
        if (measured)
        {
            state.Before = await SnapshotAsync(session, "before", cancellationToken);
        }

        state.LastResult = null;
        state.LastError = null;
        try
        {
            state.LastResult = await session.RunAsync(step.Query, state.Parameters, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Kept for a 'Then ... should be raised' step; any other step reports it.
            state.LastError = e;
        }

        if (!step.IsControlQuery)
        {
            state.QueryExecuted = true;
        }

        if (measured)
        {
            state.After = await SnapshotAsync(session, "after", cancellationToken);
        }

        return null;
    }

    private static async Task<GraphSnapshot> SnapshotAsync(IGraphSession session, string when, CancellationToken cancellationToken)
    {
        try
        {
            return await GraphSnapshot.TakeAsync(session, cancellationToken);
        }
        catch (CypherException e)
        {
            throw new InvalidOperationException(
                $"could not observe the graph {when} the query (side effects are measured with MATCH (n) RETURN n and MATCH ()-[r]->() RETURN r): {Describe(e)}",
                e);
        }
    }

    private static string? CheckResult(ExpectResultStep expect, ScenarioState state)
    {
        if (QueryOutcomeProblem(state) is { } problem)
        {
            return problem;
        }

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var row in expect.Rows)
        {
            if (row.Count != expect.Columns.Count)
            {
                return $"the expected table has a row of {row.Count} cells under {expect.Columns.Count} columns";
            }

            rows.Add(row.Select(TckValueParser.Parse).ToList());
        }

        return ResultMatcher.Describe(expect.Columns, rows, state.LastResult!, expect.Ordered, expect.IgnoreListElementOrder);
    }

    private static string? CheckEmpty(ScenarioState state)
    {
        if (QueryOutcomeProblem(state) is { } problem)
        {
            return problem;
        }

        var result = state.LastResult!;
        if (result.Count == 0)
        {
            return null;
        }

        return result.Keys.Count == 0
            ? $"expected an empty result, got {result.Count} rows with no columns"
            : $"expected an empty result, got {result.Count} rows, first: {TckValueFormatter.FormatRow(result[0].Values)}";
    }

    /// <summary>Why no result can be checked: no query ran, or the last one failed.</summary>
    private static string? QueryOutcomeProblem(ScenarioState state)
    {
        if (state.LastError is { } error)
        {
            return $"expected a result, but the query failed: {Describe(error)}";
        }

        return state.LastResult is null ? "a result is expected before any query was executed" : null;
    }

    private static string? CheckSideEffects(IReadOnlyDictionary<string, int> expected, ScenarioState state)
    {
        if (!state.QueryExecuted || state.Before is null || state.After is null)
        {
            return "side effects are expected before any query was executed";
        }

        var actual = state.Before.SideEffectsUntil(state.After);
        var differences = SideEffectCounters.Names
            .Where(name => expected.GetValueOrDefault(name) != actual[name])
            .Select(name => $"{name} expected {expected.GetValueOrDefault(name)}, got {actual[name]}")
            .ToList();
        return differences.Count == 0 ? null : "side effects differ: " + string.Join(", ", differences);
    }

    /// <summary>
    /// Kind and detail must equal the TCK's, unless the TCK writes its wildcards: the kind <c>Error</c> and the detail
    /// <c>*</c> accept any. Phase: "compile time" must be <see cref="CypherErrorPhase.CompileTime"/>, since a query the
    /// TCK calls invalid must be refused before it runs; "runtime" accepts either phase, since an engine may find a
    /// data error ahead of time when the data is constant (e.g. folding <c>range(1, 2, 0)</c>); "any time" accepts
    /// either. An error also implies no side effects (README, "Side effects").
    /// </summary>
    private static string? CheckError(ExpectErrorStep expect, ScenarioState state)
    {
        var expectedText = $"{expect.Kind} at {expect.Phase}: {expect.Detail}";
        if (RaisedError(expectedText, state, out var error) is { } problem)
        {
            return problem;
        }

        CypherErrorKind? kind = null;
        if (expect.Kind != ExpectErrorStep.AnyKind)
        {
            if (!Enum.TryParse<CypherErrorKind>(expect.Kind, ignoreCase: false, out var parsed))
            {
                return $"the TCK error type '{expect.Kind}' has no CypherErrorKind";
            }

            kind = parsed;
        }

        var phaseMatches = expect.Phase switch
        {
            "compile time" => error!.Phase == CypherErrorPhase.CompileTime,
            _ => true,
        };
        var detailMatches = expect.Detail == ExpectErrorStep.AnyDetail || error!.Detail == expect.Detail;

        if ((kind is { } k && error!.Kind != k) || !phaseMatches || !detailMatches)
        {
            return $"expected {expectedText}, got {Describe(error!)}";
        }

        return NoSideEffectsOfFailure(state);
    }

    /// <summary>
    /// The GQLSTATUS form of an expected error: some error must be raised, its GQL status (as a Neo4j client reads it,
    /// <see cref="Neo4jStatus.GqlStatusOf"/>) must have the given code, itself or as a cause in its chain (Neo4j's
    /// status-codes manual: "the order of the error chain may differ between different tools, drivers, and the
    /// documentation, but the most specific error will always be the cause of the more general error"), and its message
    /// must match the pattern, when one is given.
    /// </summary>
    private static string? CheckGqlError(ExpectGqlErrorStep expect, ScenarioState state)
    {
        var expectedText = $"an error with GQL code {expect.Code}"
            + (expect.MessagePattern is { } pattern ? $" and a message matching /{pattern}/" : string.Empty);
        if (RaisedError(expectedText, state, out var error) is { } problem)
        {
            return problem;
        }

        var status = Neo4jStatus.GqlStatusOf(error!);
        if (!status.Includes(expect.Code))
        {
            return $"expected {expectedText}, got GQL status {status} ({Describe(error!)})";
        }

        if (expect.MessagePattern is { } messagePattern
            && !System.Text.RegularExpressions.Regex.IsMatch(error!.Message, $"^(?:{messagePattern})$", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            return $"expected {expectedText}, got the message '{error.Message}'";
        }

        return NoSideEffectsOfFailure(state);
    }

    /// <summary>Why no expected error can be checked (no query ran, it succeeded, or threw something other than a
    /// <see cref="CypherException"/>); null with the error otherwise.</summary>
    private static string? RaisedError(string expectedText, ScenarioState state, out CypherException? error)
    {
        error = null;
        if (!state.QueryExecuted)
        {
            return $"expected {expectedText} before any query was executed";
        }

        if (state.LastError is null)
        {
            var rows = state.LastResult?.Count ?? 0;
            return $"expected {expectedText}, but the query succeeded with {rows} rows"
                + (rows > 0 ? $", first: {TckValueFormatter.FormatRow(state.LastResult![0].Values)}" : string.Empty);
        }

        if (state.LastError is not CypherException cypher)
        {
            return $"expected {expectedText}, but the engine threw {Describe(state.LastError)}";
        }

        error = cypher;
        return null;
    }

    private static string? NoSideEffectsOfFailure(ScenarioState state) =>
        CheckSideEffects(new Dictionary<string, int>(), state) is { } effects
            ? $"the query failed as expected, but changed the graph: {effects}"
            : null;
}
