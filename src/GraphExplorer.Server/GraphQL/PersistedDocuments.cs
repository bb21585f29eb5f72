using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphExplorer.GraphQL;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.Server.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Persisted documents, in two modes. Automatic Persisted Queries (Apollo's protocol,
/// <c>extensions.persistedQuery = {version: 1, sha256Hash}</c>): a request may send only the SHA-256 of its document;
/// an unknown hash is answered <c>PersistedQueryNotFound</c> and the client sends the document with its hash once, which
/// is kept (up to <see cref="GraphQLHttpOptions.PersistedQueryCacheBytes"/> of text, least recently used dropped first).
/// Trusted documents (<see cref="GraphQLHttpOptions.TrustedDocumentsOnly"/>): only the operations of a manifest (the
/// web client's own, <c>client/persisted-documents.json</c>, in Apollo's persisted-query-manifest format) are run,
/// sent whole or by hash; anything else is refused before parsing. The manifest's documents are known to APQ too.
/// Thread-safe.
/// </summary>
internal sealed class PersistedDocuments : IDisposable
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string NotInListCode = "PERSISTED_QUERY_NOT_IN_LIST";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    private readonly GraphQLHttpOptions options;
    private readonly IReadOnlyDictionary<string, string> trusted;
    private readonly MemoryCache automatic;

    public PersistedDocuments(IOptions<GraphQLHttpOptions> options, ProductLayout layout)
    {
        this.options = options.Value;
        var manifest = layout.Resolve(this.options.TrustedDocumentsPath);
        trusted = File.Exists(manifest)
            ? ReadManifest(manifest)
            : this.options.TrustedDocumentsOnly
                ? throw new InvalidOperationException(
                    $"GraphQL:TrustedDocumentsOnly is set but the manifest {manifest} (GraphQL:TrustedDocumentsPath) does not exist.")
                : new Dictionary<string, string>();
        automatic = new MemoryCache(new MemoryCacheOptions { SizeLimit = this.options.PersistedQueryCacheBytes });
    }

    /// <summary>The number of operations the manifest registers.</summary>
    public int TrustedCount => trusted.Count;

    /// <summary>
    /// The request with its document in place (a hash-only request gets the stored one), or the error to answer with:
    /// PersistedQueryNotFound, PersistedQueryNotSupported, a hash that does not match the document, or (trusted mode)
    /// an operation the manifest does not register.
    /// </summary>
    public (GraphQLRequest? Request, GraphQLError? Error) Resolve(GraphQLRequest request)
    {
        var persisted = PersistedQuery(request, out var malformed);
        if (malformed is not null)
        {
            return (null, malformed);
        }

        if (persisted is null)
        {
            if (!options.TrustedDocumentsOnly)
            {
                return (request, null);
            }

            return trusted.ContainsKey(Sha256(request.Query)) ? (request, null) : (null, NotInList());
        }

        var hash = persisted;
        if (request.Query.Length == 0)
        {
            if (trusted.TryGetValue(hash, out var registered))
            {
                return (request with { Query = registered }, null);
            }

            if (options.TrustedDocumentsOnly)
            {
                return (null, NotInList());
            }

            if (!options.AutomaticPersistedQueries)
            {
                return (null, Error("PersistedQueryNotSupported", NotSupportedCode));
            }

            return automatic.TryGetValue(hash, out string? stored) && stored is not null
                ? (request with { Query = stored }, null)
                : (null, Error("PersistedQueryNotFound", NotFoundCode));
        }

        if (!string.Equals(Sha256(request.Query), hash, StringComparison.OrdinalIgnoreCase))
        {
            return (null, Error("provided sha does not match query: extensions.persistedQuery.sha256Hash must be the SHA-256 (hex) of the query's UTF-8 text.",
                HashMismatchCode));
        }

        if (options.TrustedDocumentsOnly)
        {
            return trusted.ContainsKey(hash) ? (request, null) : (null, NotInList());
        }

        if (!options.AutomaticPersistedQueries)
        {
            return (null, Error("PersistedQueryNotSupported", NotSupportedCode));
        }

        automatic.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = Math.Max(1, request.Query.Length) });
        return (request, null);
    }

    /// <summary>The hash of <c>extensions.persistedQuery</c>, lower-case; null without one.</summary>
    private static string? PersistedQuery(GraphQLRequest request, out GraphQLError? malformed)
    {
        malformed = null;
        if (request.Extensions?.GetValueOrDefault("persistedQuery") is not { } value)
        {
            return null;
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted
            || persisted.GetValueOrDefault("sha256Hash") is not string hash
            || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            malformed = Error("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}.", ErrorCodes.BadUserInput);
            return null;
        }

        if (persisted.GetValueOrDefault("version") is not (1 or 1L or 1.0))
        {
            malformed = Error("Unsupported persisted query version: extensions.persistedQuery.version must be 1.", ErrorCodes.BadUserInput);
            return null;
        }

        return hash.ToLowerInvariant();
    }

    private GraphQLError NotInList() => Error(
        "Only the registered operations are accepted here (GraphQL:TrustedDocumentsOnly): this document is not in " +
        $"{options.TrustedDocumentsPath}.", NotInListCode);

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex (what Apollo's clients send).</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads Apollo's manifest (<c>{"format": "apollo-persisted-query-manifest", "version": 1, "operations":
    /// [{"id", "name", "type", "body"}]}</c>); each id must be its body's SHA-256.</summary>
    private static Dictionary<string, string> ReadManifest(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in document.RootElement.GetProperty("operations").EnumerateArray())
        {
            var body = operation.GetProperty("body").GetString() ?? "";
            var id = operation.GetProperty("id").GetString() ?? "";
            if (!string.Equals(id, Sha256(body), StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"{path}: operation {operation.GetProperty("name")} has id {id}, which is not the SHA-256 of its body.");
            }

            operations[id.ToLowerInvariant()] = body;
        }

        return operations;
    }

    public void Dispose() => automatic.Dispose();
}
