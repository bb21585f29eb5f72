using GraphExplorer.Application.Api;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>The explorer's schema as built with its resolvers: printable, parsable, in step with the data model.</summary>
public sealed class SchemaTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private Schema Build() =>
        ExplorerSchema.Create(server.Services.GetRequiredService<IGraphDatabase>(), new StewardKeyVerifier([]), _ => null);

    [Fact]
    public void The_printed_schema_parses_back_and_names_every_type()
    {
        var schema = Build();
        var printed = SchemaPrinter.Print(schema);

        var reparsed = SchemaBuilder.FromSdl(printed).Build();
        var declared = Parser.Parse(ExplorerSchema.Sdl).Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToList();
        declared.Should().Contain(["Query", "Mutation", "Organization", "Agreement", "Event", "Fact", "Source", "Citation", "Subgraph", "Aggregates"]);
        foreach (var name in declared)
        {
            reparsed.GetType(name).Should().NotBeNull($"{name} is declared in the SDL");
            printed.Should().Contain(name);
        }
    }

    [Fact]
    public async Task Introspection_lists_the_entity_types_and_the_kinds_of_the_data_model()
    {
        var data = await server.DataAsync("""
            {
              __schema { types { name } }
              entity: __type(name: "Entity") { possibleTypes { name } }
              kinds: __type(name: "AgreementKind") { enumValues { name } }
            }
            """);

        data.GetProperty("entity").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Should().BeEquivalentTo(GraphModel.EntityTypes.Select(GraphModel.Label));
        data.GetProperty("kinds").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString())
            .Should().BeEquivalentTo(GraphModel.AgreementKinds.Select(k => k.ToUpperInvariant()).Append("OTHER"));
    }

    [Fact]
    public void Every_enum_of_kinds_lists_exactly_the_stored_kinds_and_OTHER()
    {
        var schema = Build();

        Values(schema, "OrganizationKind").Should().BeEquivalentTo(GraphModel.OrganizationKinds.Select(k => k.ToUpperInvariant()).Append("OTHER"));
        Values(schema, "EventKind").Should().BeEquivalentTo(GraphModel.EventKinds.Select(k => k.ToUpperInvariant()).Append("OTHER"));
        Values(schema, "PlaceKind").Should().BeEquivalentTo(GraphModel.PlaceKinds.Select(k => k.ToUpperInvariant()).Append("OTHER"));
        Values(schema, "FactKind").Should().BeEquivalentTo(GraphModel.FactKinds.Select(k => k.ToUpperInvariant()).Append("OTHER"));
        Values(schema, "EntityType").Should().BeEquivalentTo(GraphModel.EntityTypes.Select(t => t.ToString().ToUpperInvariant()));
    }

    [Fact]
    public void A_stored_kind_the_API_does_not_know_is_OTHER_and_OTHER_is_refused_as_a_filter()
    {
        KindMaps.Organization.ToEnum("university").Should().Be("UNIVERSITY");
        KindMaps.Agreement.ToEnum("letter_of_intent").Should().Be("LETTER_OF_INTENT");
        KindMaps.Organization.ToEnum("space_port").Should().Be("OTHER");
        KindMaps.Agreement.ToStored("LETTER_OF_INTENT", "where.kind_in").Should().Be("letter_of_intent");

        var refusal = () => KindMaps.Organization.ToStored("OTHER", "where.kind_in");

        refusal.Should().Throw<ExplorerException>().Which.Message.Should().Contain("where.kind_in");
    }

    private static IEnumerable<string> Values(Schema schema, string name) =>
        ((EnumType)schema.GetType(name)!).Values.Select(v => v.Name);
}
