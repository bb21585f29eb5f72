using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// The explorer's GraphQL schema: the SDL embedded as <c>Api/schema.graphql</c> with every field bound to the
/// application services (see <see cref="ExplorerResolvers"/>). The schema is immutable and thread-safe; resolvers keep
/// no state between requests (per-request batching goes through the engine's data loaders).
/// </summary>
public static class ExplorerSchema
{
    private const string ResourceName = "GraphExplorer.Application.Api.schema.graphql";

    /// <summary>The SDL as embedded in the assembly: the hand-written schema.</summary>
    public static string Sdl { get; } = ReadSdl();

    /// <summary>What <see cref="QuerySchemaGenerator"/> adds to <see cref="Sdl"/> (filters, sorts, aggregates), as SDL.</summary>
    public static string GeneratedSdl => QuerySchemaGenerator.GeneratedSdl(Parser.Parse(Sdl, ParserOptions.Unbounded), FilterCatalog.Explorer);

    /// <summary>Builds the schema over <paramref name="database"/>.</summary>
    /// <param name="stewards">Verifies the credential a mutation presents.</param>
    /// <param name="presentedKey">Reads the presented steward key from the request context the transport passes (null when none).</param>
    /// <param name="changes">Where committed mutations are announced to subscriptions (a feed of its own when null).</param>
    /// <param name="signedInUser">Reads the user the transport authenticated from the request context (null when
    /// anonymous, and when not given): a user with the steward role may change data without a key.</param>
    /// <param name="levels">The configured visibility levels, against which stewards' <c>visibility</c> inputs are checked
    /// (just the lowest when not given). What each reader sees is the request's <see cref="Visibility.ReaderVisibility"/>.</param>
    /// <param name="lifecycle">Settings of the derived lifecycle (dormancy); the defaults when not given.</param>
    /// <exception cref="SchemaValidationException">The SDL and the bindings disagree (a programming error).</exception>
    /// <param name="cursors">Signs and reads Relay cursors (the process's key when null: cursors then end with it).</param>
    public static Schema Create(
        IGraphDatabase database, StewardKeyVerifier stewards, Func<object?, string?> presentedKey, ChangeFeed? changes = null,
        Func<object?, SignedInUser?>? signedInUser = null, CursorCodec? cursors = null,
        Visibility.VisibilityLevels? levels = null, LifecycleOptions? lifecycle = null)
    {
        var definitions = QuerySchemaGenerator.Augment(Parser.Parse(Sdl, ParserOptions.Unbounded), FilterCatalog.Explorer);
        var builder = new SchemaBuilder().AddDefinitions(definitions).AddDateScalars();
        new ExplorerResolvers(new SnapshotRoutingDatabase(database), stewards, presentedKey, changes ?? new ChangeFeed(), signedInUser ?? (_ => null),
                cursors ?? CursorCodec.Process, levels ?? Visibility.VisibilityLevels.Default, lifecycle ?? LifecycleOptions.Default)
            .Bind(builder, FilterCatalog.Explorer, definitions);
        var schema = builder.Build();
        KindMaps.CheckAgainst(schema);
        return schema;
    }

    private static string ReadSdl()
    {
        using var stream = typeof(ExplorerSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
