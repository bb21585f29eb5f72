using GraphExplorer.Application.Visibility;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Query.restrictedReads: the read audit (see <see cref="ReadAuditTrail"/>), for stewards only.</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindRestrictedReads(SchemaBuilder builder)
    {
        Field(builder, "Query", "restrictedReads", async context =>
        {
            Steward(context, StewardOnly.AuditTrail);
            return await ReadAuditTrail.ListAsync(
                database,
                context.Arguments.GetValueOrDefault("reader") as string,
                IntArgument(context, "first", 50),
                context.CancellationToken);
        });
        Field(builder, "RestrictedRead", "reader", context => SourceAs<RestrictedRead>(context).Reader);
        Field(builder, "RestrictedRead", "at", context => SourceAs<RestrictedRead>(context).At);
        Field(builder, "RestrictedRead", "request", context => SourceAs<RestrictedRead>(context).Request);
        Field(builder, "RestrictedRead", "items", context => SourceAs<RestrictedRead>(context).Items);
    }
}
