using System.Text.Json;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Connection fields: the typed lists of the Query root, and the nested connections of entities
/// (<c>Organization.agreements</c>, …), which are batched: every parent of one field asking with the same arguments
/// shares one data loader, answered by <see cref="ListService.ListWithinAsync"/> in one query for the whole level.
/// </summary>
internal sealed partial class ExplorerResolvers
{
    private static readonly JsonSerializerOptions ArgumentsJson = new() { WriteIndented = false };

    /// <summary>A typed list page of the Query root: the caller's where, orderBy, first and after.</summary>
    private async Task<object?> ListAsync(IResolveContext context, Domain.EntityType type) =>
        await lists.ListAsync(
            type,
            WhereInput.Read(context.Arguments.GetValueOrDefault("where")),
            OrderBy(context),
            Page(context, 20),
            Network(context),
            context.CancellationToken);

    /// <summary>
    /// The Relay arguments. <c>first</c> has a default in the schema, so with <c>last</c> it applies only when the
    /// query writes it: <c>last: 5</c> alone is the last five items, not the last five of the first twenty.
    /// </summary>
    private static PageRequest Page(IResolveContext context, int defaultFirst)
    {
        int? last = context.Arguments.GetValueOrDefault("last") is { } given ? IntArgument(context, "last", 0) : null;
        var firstWritten = context.FieldNodes.Any(f => f.Arguments.Any(a => a.Name.Value == "first"));
        int? first = last is not null && !firstWritten ? null : IntArgument(context, "first", defaultFirst);
        return new PageRequest(first, context.Arguments.GetValueOrDefault("after") as string, last, context.Arguments.GetValueOrDefault("before") as string);
    }

    /// <summary>
    /// The source entity's page of a nested connection. The loader's name carries the field and its coerced arguments,
    /// so only parents asking the very same page share a batch (aliases with other arguments get loaders of their own).
    /// </summary>
    private async Task<object?> NestedListAsync(IResolveContext context, ListScope scope)
    {
        var where = WhereInput.Read(context.Arguments.GetValueOrDefault("where"));
        var orderBy = OrderBy(context);
        var page = Page(context, 50);
        var name = $"list:{context.ParentType.Name}.{context.FieldDefinition.Name}:{JsonSerializer.Serialize(context.Arguments, ArgumentsJson)}:{page.First}";
        var loader = Loader<string, Connection>(context, name, (keys, ct) => lists.ListWithinAsync(scope, keys, where, orderBy, page, ct));
        return await loader.LoadAsync(Entity(context).Id);
    }

    /// <summary>EventInvolvementEdge: how the parent organisation or person is tied to the event.</summary>
    private void BindInvolvement(SchemaBuilder builder)
    {
        const string type = "EventInvolvementEdge";
        Field(builder, type, "roles", context => EventRoles(SourceAs<ConnectionEdge>(context)));
        Field(builder, type, "role", context => EventRoles(SourceAs<ConnectionEdge>(context))[0]);
        Field(builder, type, "citations", async context => await EdgeCitationsAsync(context));
        Field(builder, type, "participationRole", context => SourceAs<ConnectionEdge>(context).Links
            .Where(l => l.Type == "PARTICIPATED_IN")
            .Select(l => l.Properties.GetValueOrDefault("role") as string)
            .FirstOrDefault(r => r is not null));
    }

    /// <summary>ORGANIZER first (organising is the stronger tie), then PARTICIPANT.</summary>
    private static List<string> EventRoles(ConnectionEdge edge)
    {
        var roles = new List<string>(2);
        if (edge.Links.Any(l => l.Type == "ORGANIZED"))
        {
            roles.Add("ORGANIZER");
        }

        if (edge.Links.Any(l => l.Type == "PARTICIPATED_IN"))
        {
            roles.Add("PARTICIPANT");
        }

        return roles.Count > 0 ? roles : throw new InvalidOperationException($"The event {edge.Node.Id} is listed without a tie to its parent.");
    }
}
