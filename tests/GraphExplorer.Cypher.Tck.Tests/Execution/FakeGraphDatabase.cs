using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Execution;

/// <summary>
/// A scripted stand-in for an engine: queries are answered by handlers keyed by their exact text, and the two reads
/// the harness uses to observe side effects are answered from a list of nodes and relationships the handlers edit.
/// </summary>
internal sealed class FakeGraphDatabase : IGraphDatabase
{
    public delegate QueryResult Handler(FakeGraphDatabase graph, IReadOnlyDictionary<string, object?>? parameters);

    private readonly Dictionary<string, Handler> handlers;

    public FakeGraphDatabase(Dictionary<string, Handler> handlers) => this.handlers = handlers;

    public List<CypherNode> Nodes { get; } = [];

    public List<CypherRelationship> Relationships { get; } = [];

    public List<string> Queries { get; } = [];

    public bool Disposed { get; private set; }

    public string BackendName => "fake";

    public static QueryResult Rows(string[] keys, params object?[][] rows) =>
        QueryResult.FromRows(keys, rows.Select(row => (IReadOnlyList<object?>)row));

    public CypherNode AddNode(params string[] labels)
    {
        var node = new CypherNode($"n{Nodes.Count + 1}", labels, new Dictionary<string, object?>());
        Nodes.Add(node);
        return node;
    }

    public IGraphSession OpenSession(SessionOptions? options = null) => new Session(this);

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }

    private QueryResult Run(string cypher, IReadOnlyDictionary<string, object?>? parameters)
    {
        Queries.Add(cypher);
        return cypher switch
        {
            "MATCH (n) RETURN n" => Rows(["n"], Nodes.Select(n => new object?[] { n }).ToArray()),
            "MATCH ()-[r]->() RETURN r" => Rows(["r"], Relationships.Select(r => new object?[] { r }).ToArray()),
            _ when handlers.TryGetValue(cypher.Trim(), out var handler) => handler(this, parameters),
            _ => throw new CypherException(CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime, "Unscripted", $"no handler for '{cypher}'"),
        };
    }

    private sealed class Session(FakeGraphDatabase database) : IGraphSession
    {
        public Task<QueryResult> RunAsync(
            string cypher,
            IReadOnlyDictionary<string, object?>? parameters = null,
            CancellationToken cancellationToken = default) =>
            Task.FromResult(database.Run(cypher, parameters));

        public Task<IGraphTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The TCK harness runs queries in auto-commit mode only.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
