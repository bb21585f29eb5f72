using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.TestSupport;

/// <summary>
/// A schema with every type kind, descriptions (single and multi-line), deprecations on fields, arguments, input
/// fields and enum values, @oneOf, custom scalars with @specifiedBy, interfaces implementing interfaces, repeatable
/// directives and default values of every kind.
/// </summary>
internal static class CompatSchema
{
    public const string Sdl = """"
        """
        Root query type.
        Second line of the description.
        """
        type Query {
          "Looks up a node."
          node(id: ID!): Node
          organizations(
            "How many to return."
            first: Int = 10
            filter: OrganizationFilter = {kind: UNIVERSITY, tags: ["a", "b"], nested: {minAgreements: 2}}
            after: String = null
          ): [Organization!]!
          search(term: String!, limit: Int = 5 @deprecated(reason: "Use first."), first: Float = 1.5, when: Date = "2024-01-01", weight: Float = 1.23e4): [SearchResult!]!
          legacy: String @deprecated
          oldest: Organization @deprecated(reason: "Use `organizations`.")
          lookup(by: LookupBy!): Organization
          flags(values: [Boolean!] = [true, false], on: Boolean = true): [Boolean]
          ids(values: [ID] = ["1", 2], single: [Int] = 3): [ID]
          timestamp: DateTime
          json(value: JSON = {a: [1, 2.5, "x", null, true]}): JSON
          matrix: [[Int!]]!
        }

        type Mutation {
          createOrganization(input: OrganizationInput!): Organization!
        }

        interface Node {
          id: ID!
        }

        """An entity with a web presence."""
        interface Resource implements Node {
          id: ID!
          url: String
        }

        type Organization implements Resource & Node @cached(ttl: 30) {
          id: ID!
          url: String
          name: String!
          kind: OrganizationKind!
          agreements(first: Int = 20): [Agreement!]!
        }

        type Agreement implements Node {
          id: ID!
          title: String!
          signedOn: Date
          parties: [Organization!]!
        }

        "Anything search can find."
        union SearchResult = Organization | Agreement

        """Kinds of organization."""
        enum OrganizationKind {
          "A university."
          UNIVERSITY
          COMPANY
          GOVERNMENT @deprecated(reason: "Merged into PUBLIC_BODY.")
          PUBLIC_BODY
        }

        input OrganizationFilter {
          kind: OrganizationKind
          tags: [String!]
          "Lower bound."
          minAgreements: Int = 0
          nested: OrganizationFilter
          legacy: String @deprecated(reason: "unused")
        }

        input OrganizationInput {
          name: String!
          kind: OrganizationKind = COMPANY
          founded: Date
          rating: Float = 4.5
        }

        """Look up by exactly one key."""
        input LookupBy @oneOf {
          id: ID
          name: String
        }

        "Arbitrary JSON."
        scalar JSON @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc8259")

        scalar Date

        scalar DateTime

        """Marks a field or type as cached."""
        directive @cached(ttl: Int = 60, scopes: [String!] = ["public"]) repeatable on FIELD_DEFINITION | OBJECT

        directive @audit(
          "Why."
          reason: String @deprecated(reason: "x")
        ) on MUTATION | FIELD
        """";

    public static Schema Build() => SchemaBuilder.FromSdl(Sdl).Build();

    private enum Region
    {
        Europe,
        SouthEastAsia,
    }

    /// <summary>A code-first schema with unconventional root type names (so the printer emits a schema definition).</summary>
    public static Schema BuildCodeFirst() => new SchemaBuilder()
        .Enum<Region>(description: "World regions.")
        .InputObject("Range", t => t.Description("An inclusive range.").Field("from", "Int!", description: "Lower bound.").Field("to", "Int", "100"))
        .InputObject("Pick", t => t.OneOf().Field("region", "Region").Field("code", "String"))
        .Interface("Entity", t => t.Field("id", "ID!"))
        .Object("Country", t => t.Implements("Entity").Field("id", "ID!").Field("region", "Region!").Field("population", "Float", f => f.Deprecated()))
        .Object("Root", t => t
            .Description("Entry point.")
            .Field("countries", "[Country!]!", _ => Array.Empty<object>(), f => f
                .Argument("range", "Range", "{from: 1}")
                .Argument("regions", "[Region!]", "[EUROPE, SOUTH_EAST_ASIA]", "Filter by region.")
                .Argument("pick", "Pick"))
            .Field("entity", "Entity", _ => null, f => f.Argument("id", "ID!")))
        .Object("Change", t => t.Field("touch", "Boolean", _ => true))
        .AddSdl("schema { query: Root mutation: Change }")
        .AddDateScalars()
        .BindResolveType("Entity", (_, _) => "Country")
        .Build();
}
