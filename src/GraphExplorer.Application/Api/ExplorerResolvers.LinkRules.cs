using GraphExplorer.Application.Stewardship;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary><c>linkRules</c>: the relationship types stewards can link, from the model (<see cref="LinkRules"/>), so a
/// client offers only what <c>link</c> accepts without restating the model's rules.</summary>
internal sealed partial class ExplorerResolvers
{
    private static void BindLinkRules(SchemaBuilder builder)
    {
        Field(builder, "Query", "linkRules", _ => LinkRules.All);
        Field(builder, "LinkRule", "from", context => SourceAs<LinkRule>(context).From.Select(KindMaps.EntityTypeValue).ToList());
        Field(builder, "LinkRule", "to", context => SourceAs<LinkRule>(context).To.Select(KindMaps.EntityTypeValue).ToList());
    }
}
