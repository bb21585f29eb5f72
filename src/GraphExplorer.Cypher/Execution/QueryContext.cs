using System.Diagnostics;
using GraphExplorer.Cypher.Execution.Profiling;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Everything one execution of a compiled query needs: the graph view (a snapshot, or the write transaction's view),
/// the parameters, the statistics and the limits. Not thread-safe: one per running query.
/// </summary>
internal sealed class QueryContext
{
    private readonly long deadlineTicks;
    private readonly TimeSpan? timeout;
    private readonly CancellationToken cancellationToken;
    private int steps;

    public QueryContext(
        IGraphReader graph,
        WriteTransaction? transaction,
        IReadOnlyDictionary<string, object?> parameters,
        TimeSpan? timeout,
        ProcedureRegistry procedures,
        CancellationToken cancellationToken)
    {
        Graph = graph;
        Transaction = transaction;
        Parameters = parameters;
        Procedures = procedures;
        this.timeout = timeout;
        this.cancellationToken = cancellationToken;
        deadlineTicks = timeout is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    }

    public IGraphReader Graph { get; private set; }

    /// <summary>The statement's clock: every temporal function without arguments reads this same instant.</summary>
    public DateTime Now { get; } = DateTime.UtcNow;

    /// <summary>The number of slots of a row of the running query.</summary>
    public int SlotCount { get; init; }

    /// <summary>The write transaction, or null when the query runs on a read-only snapshot.</summary>
    public WriteTransaction? Transaction { get; private set; }

    /// <summary>
    /// The store that opens and commits the inner transactions of <c>CALL { … } IN TRANSACTIONS</c>: set only for an
    /// auto-commit statement, null inside an explicit transaction (where Neo4j refuses such a statement).
    /// </summary>
    public GraphStore? InnerTransactions { get; init; }

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The transaction this statement runs in, as SHOW TRANSACTIONS lists it; null outside a database's sessions.</summary>
    public Administration.RunningTransaction? Running { get; init; }

    /// <summary>The database's open transactions (SHOW and TERMINATE TRANSACTIONS); null outside a database's sessions.</summary>
    public Administration.TransactionRegistry? Transactions { get; init; }

    /// <summary>The database's settings, as SHOW SETTINGS lists them.</summary>
    public Administration.DatabaseSettings Settings { get; init; } = Administration.DatabaseSettings.None;

    /// <summary>The folder LOAD CSV's <c>file:///</c> URLs resolve in (Neo4j's server.directories.import); null: none.</summary>
    public string? ImportDirectory { get; init; }

    /// <summary>
    /// The file and record LOAD CSV produced last, read by <c>file()</c> and <c>linenumber()</c>; null before any. Rows
    /// stream, so it is the record of the row being evaluated unless an eager stage (ORDER BY, aggregation, a batch of
    /// IN TRANSACTIONS) gathered rows in between.
    /// </summary>
    public Import.LoadCsvPosition? LoadCsvPosition { get; set; }

    /// <summary>
    /// Moves the rest of the statement onto another view and writer: an inner transaction of
    /// <c>CALL { … } IN TRANSACTIONS</c> while its batch runs, the latest committed snapshot between batches.
    /// </summary>
    public void Use(IGraphReader graph, WriteTransaction? transaction)
    {
        Graph = Profiler is null ? graph : new CountingGraphReader(graph, Profiler);
        Transaction = transaction;
    }

    /// <summary>The profiler of a PROFILE statement, null for every other statement.</summary>
    public QueryProfiler? Profiler { get; private set; }

    /// <summary>Measures the rest of the statement: its reads of the store count as db hits of <paramref name="profiler"/>.</summary>
    public void StartProfiling(QueryProfiler profiler)
    {
        Profiler = profiler;
        Graph = new CountingGraphReader(Graph, profiler);
    }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public ProcedureRegistry Procedures { get; }

    public QueryStatisticsCounter Statistics { get; } = new();

    public WriteTransaction Writer => Transaction ?? throw new InvalidOperationException("The query was planned as read-only but writes.");

    /// <summary>Cooperative limit check, cheap enough for inner loops (the clock is read every 256 calls).</summary>
    public void Tick()
    {
        if ((++steps & 0xFF) != 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (Running is { Terminated: true })
        {
            throw CypherErrors.Terminated();
        }

        if (Stopwatch.GetTimestamp() > deadlineTicks)
        {
            throw CypherErrors.Timeout(timeout!.Value);
        }
    }

    /// <summary>The current state of a node; throws DeletedEntityAccess when this transaction deleted it.</summary>
    public NodeRecord Node(NodeValue node)
    {
        var record = Graph.GetNode(node.Id);
        if (record is null || record.Deleted)
        {
            throw CypherErrors.DeletedEntityAccess("Node", node.Id);
        }

        return record;
    }

    public RelationshipRecord Relationship(RelationshipValue relationship)
    {
        var record = Graph.GetRelationship(relationship.Id);
        if (record is null || record.Deleted)
        {
            throw CypherErrors.DeletedEntityAccess("Relationship", relationship.Id);
        }

        return record;
    }

    /// <summary>One property of a node (null when it has none), read without making its record; fails as <see cref="Node"/> does.</summary>
    public object? NodeProperty(NodeValue node, string key) =>
        Graph.TryGetNodeProperty(node.Id, key, out var value) ? value : throw CypherErrors.DeletedEntityAccess("Node", node.Id);

    /// <summary>One property of a relationship (null when it has none), read without making its record; fails as <see cref="Relationship"/> does.</summary>
    public object? RelationshipProperty(RelationshipValue relationship, string key) =>
        Graph.TryGetRelationshipProperty(relationship.Id, key, out var value) ? value : throw CypherErrors.DeletedEntityAccess("Relationship", relationship.Id);

    public static RelationshipValue ValueOf(RelationshipRecord record) =>
        new(record.Id, record.Type, record.StartNodeId, record.EndNodeId);
}
