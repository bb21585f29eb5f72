using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Binds every field of the SDL to the application services. One partial file per GraphQL type (or family of types).
/// Entities travel between resolvers as <see cref="EntityRecord"/>s; per-entity lookups of list items (citations,
/// relationships, the entity a citation or edge names) and the nested connections of list items go through
/// request-scoped data loaders (<c>ExplorerResolvers.Loaders.cs</c>, <c>ExplorerResolvers.Connections.cs</c>), so a list
/// of n items costs a constant number of queries, not n.
/// Every read of a query operation goes through <see cref="SnapshotRoutingDatabase"/> into the request's one
/// <see cref="ReadSnapshot"/>: each async resolver and data loader batch enters it first.
/// Thread-safe: the services are stateless.
/// </summary>
internal sealed partial class ExplorerResolvers(
    SnapshotRoutingDatabase database, StewardKeyVerifier stewards, Func<object?, string?> presentedKey, ChangeFeed changes,
    Func<object?, SignedInUser?> signedInUser, CursorCodec cursors, VisibilityLevels levels, LifecycleOptions lifecycle)
{
    private readonly SearchService search = new(database);
    private readonly EntityService entities = new(database);
    private readonly NeighbourhoodService neighbourhoods = new(database);
    private readonly PathService paths = new(database);
    private readonly PartnerService partners = new(database);
    private readonly TimelineService timeline = new(database);
    private readonly AggregateService aggregates = new(database);
    private readonly ListService lists = new(database, cursors: cursors);
    private readonly StewardshipService stewardship = new(database) { Levels = levels };
    private readonly NodeCards cards = new(database);

    public void Bind(SchemaBuilder builder, FilterCatalog catalog, IReadOnlyList<GraphExplorer.GraphQL.Language.DefinitionNode> schema)
    {
        BindGenerated(builder, catalog, schema);
        SetGeneratedCosts(builder, catalog, schema);
        BindEntities(builder);
        BindQuery(builder);
        BindOrganization(builder);
        BindPerson(builder);
        BindAgreement(builder);
        BindEvent(builder);
        BindPlace(builder);
        BindSector(builder);
        BindSourceAndFact(builder);
        BindInvolvement(builder);
        BindGraph(builder);
        BindPathsAndPartners(builder);
        BindEvidence(builder);
        BindMutation(builder);
        BindRollback(builder);
        BindSubscription(builder);
        BindGaps(builder);
        BindRestrictedReads(builder);
        BindAsOf(builder);
        BindDormancy(builder);
        BindTerm(builder);
        BindLinkRules(builder);
        SetCosts(builder);
    }

    /// <summary>Binds an asynchronous resolver whose application errors become GraphQL errors with a code.</summary>
    private void Field(SchemaBuilder builder, string type, string field, Func<IResolveContext, Task<object?>> resolve) =>
        builder.BindField(type, field, async context =>
        {
            database.Enter(context);
            try
            {
                return await resolve(context).ConfigureAwait(false);
            }
            catch (ExplorerException e)
            {
                throw ApiErrors.FromApplication(e);
            }
            catch (CypherException e) when (e.Kind is CypherErrorKind.ResultLimitExceeded or CypherErrorKind.QueryTimeout)
            {
                throw ApiErrors.QueryLimit(e);
            }
        });

    /// <summary>Binds a synchronous resolver (a value already at hand on the source).</summary>
    private static void Field(SchemaBuilder builder, string type, string field, Func<IResolveContext, object?> resolve) =>
        builder.BindField(type, field, context =>
        {
            try
            {
                return resolve(context);
            }
            catch (ExplorerException e)
            {
                throw ApiErrors.FromApplication(e);
            }
            catch (CypherException e) when (e.Kind is CypherErrorKind.ResultLimitExceeded or CypherErrorKind.QueryTimeout)
            {
                throw ApiErrors.QueryLimit(e);
            }
        });

    private static EntityRecord Entity(IResolveContext context) =>
        context.Source as EntityRecord ?? throw new InvalidOperationException($"{context.ParentType.Name}.{context.FieldDefinition.Name} expects an entity as its source.");

    private static T SourceAs<T>(IResolveContext context)
        where T : class =>
        context.Source as T ?? throw new InvalidOperationException($"{context.ParentType.Name}.{context.FieldDefinition.Name} expects a {typeof(T).Name} as its source.");
}
