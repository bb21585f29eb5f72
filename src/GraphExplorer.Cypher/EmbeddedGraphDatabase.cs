using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Administration;
using GraphExplorer.Cypher.Execution.Physical;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher;

/// <summary>
/// The embedded openCypher engine behind <see cref="IGraphDatabase"/>: an in-memory graph (optionally made durable
/// by an <see cref="IDurableStorage"/>), a plan cache, and sessions running queries in auto-commit or explicit
/// transactions with Neo4j's semantics.
/// </summary>
/// <remarks>
/// Thread-safe. Any number of read queries run concurrently on immutable snapshots; one write transaction at a time
/// holds the store's write lock, and its changes become visible atomically when it commits.
/// </remarks>
public sealed class EmbeddedGraphDatabase : IGraphDatabase, IReportsWriteFailures, IChecksSyntax
{
    private readonly PlanCache plans;
    private int disposed;

    private EmbeddedGraphDatabase(IDurableStorage? storage, EmbeddedDatabaseOptions? options)
    {
        Options = options ?? new EmbeddedDatabaseOptions();
        Store = new GraphStore(storage);
        plans = new PlanCache(Options.PlanCacheSize);
        settings = DatabaseSettings.Of(new EngineSettingValues(
            Options.DefaultLimits?.Timeout, Options.DefaultLimits?.MaxRows, Options.ReadOnly, Options.PlanCacheSize, Options.ImportDirectory));
    }

    /// <summary>What SHOW SETTINGS lists: the options this database was opened with.</summary>
    private readonly DatabaseSettings settings;

    /// <summary>A database that lives in memory only, with default options.</summary>
    public static EmbeddedGraphDatabase CreateInMemory() => new(null, null);

    /// <summary>A database that lives in memory only.</summary>
    public static EmbeddedGraphDatabase CreateInMemory(EmbeddedDatabaseOptions? options) => new(null, options);

    /// <summary>
    /// A database kept durable by <paramref name="storage"/>: everything it recovers is replayed now, and every
    /// commit is appended to it before it becomes visible. The database owns the storage and disposes it.
    /// </summary>
    public static EmbeddedGraphDatabase Create(IDurableStorage? storage, EmbeddedDatabaseOptions? options = null) => new(storage, options);

    /// <summary>
    /// Opens (or creates) the durable database kept in <paramref name="folder"/>: its snapshot and journal are replayed
    /// now, and every commit is flushed to the journal before it becomes visible.
    /// </summary>
    /// <param name="warn">Receives recovery warnings: a torn last journal record that was dropped, committed transactions
    /// missing from a cut journal (see <see cref="Storage.Journal.JournalFormat"/>).</param>
    /// <exception cref="CypherException">DatabaseInUse when another process has the folder open; StorageCorruption when its files are damaged.</exception>
    public static EmbeddedGraphDatabase Open(string folder, EmbeddedDatabaseOptions? options = null, Action<string>? warn = null)
    {
        var storage = Storage.Journal.FileDurableStorage.Open(folder, new() { ReadOnly = options?.ReadOnly ?? false }, warn);
        try
        {
            return new EmbeddedGraphDatabase(storage, options);
        }
        catch
        {
            storage.Dispose();
            throw;
        }
    }

    public string BackendName => "embedded";

    /// <inheritdoc />
    public string? LastWriteFailure => Store.LastCommitFailure;

    public EmbeddedDatabaseOptions Options { get; }

    internal GraphStore Store { get; }

    internal ProcedureRegistry Procedures { get; } = new();

    internal int CachedPlanCount => plans.Count;

    public IGraphSession OpenSession(SessionOptions? options = null)
    {
        ObjectDisposedException.ThrowIf(disposed != 0, this);
        var effective = options ?? new SessionOptions();
        return new EmbeddedSession(this, effective.EffectiveLimits(Options.DefaultLimits), effective.Client);
    }

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        if (disposed != 0)
        {
            throw new CypherException(CypherErrorKind.DatabaseUnavailable, CypherErrorPhase.Runtime, "DatabaseClosed", "The embedded database has been closed.");
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Store.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Registers a procedure callable with <c>CALL name(…) YIELD …</c> (e.g. the TCK's test procedures). Inputs and
    /// outputs are (name, type) pairs with Neo4j type names such as "INTEGER?" or "STRING?"; the body receives one
    /// value per input and returns rows with one value per output, all in the <see cref="CypherValues"/> mapping.
    /// A procedure of the same name is replaced.
    /// </summary>
    public void RegisterProcedure(
        string name,
        IReadOnlyList<(string Name, string Type)> inputs,
        IReadOnlyList<(string Name, string Type)> outputs,
        Func<IReadOnlyList<object?>, IEnumerable<IReadOnlyList<object?>>> body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(body);
        Procedures.Register(new ProcedureDefinition(name, inputs, outputs, (ctx, arguments) =>
            body(arguments.Select(a => ResultConverter.ToPublic(a, ctx.Graph)).ToList())
                .Select(row => row.Select(CypherValues.Normalize).ToArray())
                .ToList()));
    }

    /// <summary>Parses the statement and nothing more: no plan, no data read (see <see cref="IChecksSyntax"/>).</summary>
    public void CheckSyntax(string statement) => CypherParser.ParseStatement(statement);

    /// <summary>The compiled form of a query, from the plan cache when the text was seen with the same schema.</summary>
    internal CompiledQuery Prepare(string text, IGraphReader graph) =>
        plans.GetOrAdd(text, graph.Schema, graph.NodeCount, () => new PhysicalPlanner(graph, text, Procedures).Compile(CypherParser.ParseStatement(text)));

    /// <summary>An EXPLAIN-like description of how a query would run against the current state.</summary>
    internal string Explain(string text) => Prepare(text, Store.Current).PlanDescription;

    /// <summary>Runs a query in a context, turning unexpected failures into <see cref="CypherException"/>s.</summary>
    internal static QueryResult Execute(CompiledQuery query, QueryContext context, QueryLimits limits)
    {
        try
        {
            return QueryRunner.Run(query, context, limits.MaxRows);
        }
        catch (CypherException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new CypherException(CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime, "InternalError",
                $"The embedded engine failed: {e.Message}", null, e);
        }
    }

    /// <summary>The open transactions, registered by the sessions (SHOW TRANSACTIONS, TERMINATE TRANSACTIONS).</summary>
    internal TransactionRegistry Transactions { get; } = new();

    internal QueryContext CreateContext(IGraphReader graph, WriteTransaction? transaction, IReadOnlyDictionary<string, object?>? parameters,
        QueryLimits limits, int slotCount, CancellationToken cancellationToken, RunningTransaction running, GraphStore? innerTransactions = null) =>
        new(graph, transaction, CypherValues.NormalizeParameters(parameters), limits.Timeout, Procedures, cancellationToken)
        {
            Running = running,
            Transactions = Transactions,
            SlotCount = slotCount,
            InnerTransactions = innerTransactions,
            ImportDirectory = Options.ImportDirectory,
            Settings = settings,
        };
}
