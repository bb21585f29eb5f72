using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

/// <summary>Scripts of the kind data stewards keep in cypher/: schema first, then idempotent loads and checks.</summary>
public sealed class ScriptExamplesTests
{
    private const string SeedScript = """
        // Schema -----------------------------------------------------------------
        CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE;
        CREATE CONSTRAINT mou_ref IF NOT EXISTS FOR (m:MoU) REQUIRE m.reference IS UNIQUE;
        CREATE TEXT INDEX organisation_name IF NOT EXISTS FOR (o:Organisation) ON (o.name);
        CREATE INDEX signed_on IF NOT EXISTS FOR ()-[s:SIGNED]-() ON (s.date);

        /* Organisations and the agreement between them */
        MERGE (lu:Organisation {id: 'lu-chamber'})
          ON CREATE SET lu.name = 'Chambre de Commerce', lu.country = 'LU', lu.created = datetime()
          ON MATCH SET lu.updated = datetime();
        MERGE (jp:Organisation {id: 'jp-jetro'}) SET jp += {name: 'JETRO', country: 'JP'};
        MATCH (lu:Organisation {id: 'lu-chamber'}), (jp:Organisation {id: 'jp-jetro'})
        MERGE (m:MoU {reference: 'MOU-2025-001'})
        MERGE (lu)-[:SIGNED {date: date('2025-05-12'), role: 'party'}]->(m)<-[:SIGNED {date: date('2025-05-12')}]-(jp);

        UNWIND $partners AS p
        MERGE (o:Organisation {id: p.id})
        SET o.name = p.name, o:Partner
        WITH o, p
        UNWIND coalesce(p.sectors, []) AS sector
        MERGE (s:Sector {name: toLower(trim(sector))})
        MERGE (o)-[:ACTIVE_IN]->(s);

        // Checks ------------------------------------------------------------------
        MATCH (o:Organisation)
        WHERE NOT (o)-[:SIGNED]->(:MoU) AND o.country IN ['LU', 'JP']
        RETURN o.id AS id, o.name AS name, [(o)-[:ACTIVE_IN]->(s) | s.name] AS sectors,
               COUNT { (o)--() } AS degree
        ORDER BY degree DESC, name
        LIMIT 25;

        MATCH p = shortestPath((a:Organisation {id: $from})-[:SIGNED*..6]-(b:Organisation {id: $to}))
        RETURN [n IN nodes(p) | n {.id, .name, kind: labels(n)[0]}] AS path, length(p) AS hops;
        """;

    [Fact]
    public void A_seed_script_parses_into_its_statements()
    {
        var script = CypherParser.ParseScript(SeedScript, "cypher/seed.cypher");
        script.Statements.Select(s => s.GetType().Name).Should().Equal(
            nameof(CreateConstraintStatement), nameof(CreateConstraintStatement), nameof(CreateIndexStatement),
            nameof(CreateIndexStatement), nameof(SingleQuery), nameof(SingleQuery), nameof(SingleQuery),
            nameof(SingleQuery), nameof(SingleQuery), nameof(SingleQuery));
        var check = (SingleQuery)script.Statements[8];
        check.Clauses[^1].Should().BeOfType<ReturnClause>().Which.Body.Items.Select(i => i.Name)
            .Should().Equal("id", "name", "sectors", "degree");
        var path = (SingleQuery)script.Statements[9];
        path.Clauses[0].Should().BeOfType<MatchClause>().Which.Pattern.Parts.Single().Selector.Should().Be(PathSelector.ShortestPath);
    }

    [Fact]
    public void An_error_deep_in_a_script_names_the_file_line_and_column()
    {
        var broken = SeedScript.Replace("MERGE (s:Sector", "MERGE (s:Sector}", StringComparison.Ordinal);
        var error = Parse.Error(() => CypherParser.ParseScript(broken, "cypher/seed.cypher"));
        error.Position!.Value.Line.Should().Be(21);
        error.Position!.Value.Column.Should().Be(16);
        error.Message.Should().StartWith("cypher/seed.cypher:21:16: Invalid input '}'");
        error.Message.Should().EndWith("MERGE (s:Sector} {name: toLower(trim(sector))})\n               ^");
    }
}
