namespace GraphExplorer.Server.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: transport limits and protections.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest accepted request (body of a POST, or query string of a GET), in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Maximum field nesting depth of an operation.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Maximum estimated cost of an operation (each field 1, lists multiplied by their page size).</summary>
    public int MaxCost { get; set; } = 100_000;

    /// <summary>Largest response, in bytes: a response that would be larger is replaced, whole, by a
    /// <c>RESPONSE_TOO_LARGE</c> error (no part of it is sent).</summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Longest time one operation may execute.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (GraphiQL needs it).</summary>
    public bool IntrospectionEnabled { get; set; } = true;

    /// <summary>Whether Apollo's Automatic Persisted Queries are served (a request may send a document's SHA-256 alone).</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>Text of the documents APQ keeps, in characters; the least recently used are dropped past it.</summary>
    public long PersistedQueryCacheBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>When true, only the operations of <see cref="TrustedDocumentsPath"/> run (sent whole or by hash).</summary>
    public bool TrustedDocumentsOnly { get; set; }

    /// <summary>The manifest of registered operations (Apollo's persisted-query-manifest format), from the repository root.</summary>
    public string TrustedDocumentsPath { get; set; } = "client/persisted-documents.json";

    /// <summary>How often the server looks for scripts loaded from another process, to announce them to subscriptions
    /// (0: never).</summary>
    public double LoadPollSeconds { get; set; } = 2;

    /// <summary>Subscriptions one WebSocket connection, or one graphql-sse stream in single-connection mode, may have open at once.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 32;

    /// <summary>The key that signs Relay cursors, base64 (at least 32 bytes); the same on every server behind one
    /// address. Unset: the key kept in <see cref="CursorKeyFile"/>.</summary>
    public string? CursorKey { get; set; }

    /// <summary>Where the server keeps the random key that signs Relay cursors when <see cref="CursorKey"/> is unset
    /// (made on first start, readable by the server's user only), from the repository root.</summary>
    public string CursorKeyFile { get; set; } = "data/cursor.key";

    /// <summary>Whether a browser asking <c>/graphql</c> for HTML gets the GraphiQL IDE.</summary>
    public bool IdeEnabled { get; set; } = true;
}
