using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Source (the articles) and Fact (their quantified statements).</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindSourceAndFact(SchemaBuilder builder)
    {
        const string source = "Source";
        Field(builder, source, "title", context => Entity(context)["title"] as string ?? Entity(context).Name);
        Property(builder, source, "publisher");
        // Each date only as the article states it: an article that gives only its update date has no publishedDate.
        Property(builder, source, "publishedDate");
        Property(builder, source, "updatedDate");
        Property(builder, source, "dateNote");
        Field(builder, source, "publisherInferred", context => Entity(context)["publisherInferred"] is true);
        Property(builder, source, "language");
        Property(builder, source, "url");
        Property(builder, source, "publisherNote");
        Property(builder, source, "titleNote");
        Property(builder, source, "text");
        Field(builder, source, "facts", context => NestedListAsync(context, ListScope.FactsCitedIn));

        const string fact = "Fact";
        Kind(builder, fact, KindMaps.Fact);
        Field(builder, fact, "statement", context => Entity(context)["statement"] as string ?? Entity(context).Name);
        Field(builder, fact, "value", context => Entity(context)["value"] switch
        {
            long l => (double)l,
            double d => d,
            _ => null,
        });
        Property(builder, fact, "unit");
        Property(builder, fact, "qualifier");
        Property(builder, fact, "year");
        Field(builder, fact, "period", context => Entity(context)["period"]?.ToString());
        Field(builder, fact, "about", context => RelatedEntitiesAsync(context, "ABOUT", outgoing: true, EntityType.Place));
        Field(builder, fact, "subjects", context => RelatedEntitiesAsync(context, "ABOUT", outgoing: true));
        Field(builder, fact, "sectors", context => RelatedEntitiesAsync(context, "IN_SECTOR", outgoing: true, EntityType.Sector));
    }
}
