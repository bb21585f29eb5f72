using System.Globalization;
using System.Text;
using GraphExplorer.Cypher.BulkImport;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Storage.BulkImport;

/// <summary>
/// A bulk import gives the database that loading the same rows through <c>UNWIND $rows</c> gives: same nodes, labels,
/// relationships and typed properties, and a database that opens, takes writes and reopens like any other.
/// </summary>
public sealed class BulkImporterTests : IDisposable
{
    private readonly BulkImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_power_law_graph_imports_to_the_same_graph_as_UNWIND_rows()
    {
        // More relationships than a batch of the reading thread holds (4,096), so batches follow one another.
        var graph = RandomGraph.Create(seed: 7, nodes: 400, relationships: 9000);
        var report = BulkImporter.Run(_folder.Database, new BulkImportOptions
        {
            Nodes = [new ImportInput([], [_folder.Write("nodes.csv", graph.NodesCsv())])],
            Relationships = [new ImportInput([], [_folder.Write("relationships.csv", graph.RelationshipsCsv())])],
            IdType = ImportIdType.Integer,
        });

        report.Nodes.Should().Be(400);
        report.Relationships.Should().Be(9000);
        report.Skipped.Should().BeEmpty();
        string imported;
        await using (var database = EmbeddedGraphDatabase.Open(_folder.Database))
        {
            imported = await DumpAsync(database.OpenSession());
        }

        await using var loaded = EmbeddedGraphDatabase.CreateInMemory();
        var session = loaded.OpenSession();
        await graph.LoadThroughUnwindAsync(session);
        imported.Should().Be(await DumpAsync(session));
        imported.Should().Contain("tags:[", "the graph has array properties").And.Contain("active:Boolean:False", "and booleans");
    }

    [Fact]
    public async Task An_imported_database_takes_writes_and_reopens_with_them()
    {
        BulkImporter.Run(_folder.Database, new BulkImportOptions
        {
            Nodes = [new ImportInput(["Org"], [_folder.Write("nodes.csv", "id:ID,name\n1,Alpha\n2,Beta\n")])],
            Relationships = [new ImportInput(["PARTNER"], [_folder.Write("rels.csv", ":START_ID,:END_ID,since:int\n1,2,2001\n")])],
        });

        await using (var database = EmbeddedGraphDatabase.Open(_folder.Database))
        {
            await database.OpenSession().RunAsync("MATCH (a:Org {name: 'Alpha'}) CREATE (a)-[:PARTNER {since: 2020}]->(:Org {id: '3', name: 'Gamma'})");
        }

        await using (var database = EmbeddedGraphDatabase.Open(_folder.Database))
        {
            var rows = await database.OpenSession().RunAsync(
                "MATCH (a:Org)-[r:PARTNER]->(b:Org) RETURN a.id + '>' + b.id + '@' + toString(r.since) AS edge ORDER BY edge");
            rows.Select(r => r.Get<string>("edge")).Should().Equal("1>2@2001", "1>3@2020");
        }
    }

    [Fact]
    public async Task A_header_in_its_own_file_labels_types_and_id_spaces_follow_neo4j_admin()
    {
        var report = BulkImporter.Run(_folder.Database, new BulkImportOptions
        {
            Nodes =
            [
                new ImportInput(["Org"], [_folder.Write("org-header.csv", ":ID(Org),name,:LABEL\n"), _folder.Write("org-1.csv", "7,\"Alpha, Inc.\",University;Public\n"), _folder.Write("org-2.csv", "8,Beta,\n")]),
                new ImportInput(["Person"], [_folder.Write("people.csv", "pid:ID(Person),name,aliases:string[],age:int,score:double\n7,Ann,Annie;A.,41,0.5\n")]),
            ],
            Relationships = [new ImportInput([], [_folder.Write("works.csv", ":START_ID(Person),:END_ID(Org),:TYPE,role\n7,7,WORKS_AT,chair\n7,8,ADVISES,\n")])],
        });

        report.Properties.Should().Be(8, "two names, pid, name, aliases, age, score, role");
        await using var database = EmbeddedGraphDatabase.Open(_folder.Database);
        var rows = await database.OpenSession().RunAsync(
            "MATCH (p:Person)-[r]->(o:Org) RETURN p.pid AS pid, p.aliases AS aliases, p.age AS age, p.score AS score, type(r) AS type, r.role AS role, o.name AS org, labels(o) AS labels ORDER BY type");
        rows.Select(r => $"{r["pid"]} {string.Join('|', (IEnumerable<object?>)r["aliases"]!)} {r["age"]} {r["score"]} {r["type"]} {r["role"] ?? "-"} {r["org"]} {string.Join(':', (IEnumerable<object?>)r["labels"]!)}")
            .Should().Equal("7 Annie|A. 41 0.5 ADVISES - Beta Org", "7 Annie|A. 41 0.5 WORKS_AT chair Alpha, Inc. Org:University:Public");
    }

    [Fact]
    public async Task Temporal_and_point_columns_hold_what_Cypher_reads_from_the_same_text()
    {
        const string Header = "id:ID,on:date,at:datetime,local:localdatetime,lasts:duration,opens:localtime,closes:time,where:point,corner:point,stops:date[]";
        const string Row = "1,2024-02-29,2024-03-01T10:15:30+01:00,2024-03-01T10:15:30.5,P1Y2M3DT4H,09:30,17:00:00Z,"
            + "\"{latitude:55.6, longitude:12.9}\",\"{x:1, y:2, z:3, crs:'cartesian-3D'}\",2024-01-01;2024-12-31";
        BulkImporter.Run(_folder.Database, new BulkImportOptions { Nodes = [new ImportInput(["Event"], [_folder.Write("events.csv", Header + "\n" + Row + "\n")])] });

        await using var database = EmbeddedGraphDatabase.Open(_folder.Database);
        var row = (await database.OpenSession().RunAsync("""
            MATCH (e:Event)
            RETURN [e.on = date('2024-02-29'), e.at = datetime('2024-03-01T10:15:30+01:00'), e.local = localdatetime('2024-03-01T10:15:30.5'),
                    e.lasts = duration('P1Y2M3DT4H'), e.opens = localtime('09:30'), e.closes = time('17:00:00Z'),
                    e.where = point({latitude: 55.6, longitude: 12.9}), e.corner = point({x: 1, y: 2, z: 3}),
                    e.stops = [date('2024-01-01'), date('2024-12-31')]] AS equal,
                   [valueType(e.on), valueType(e.at), valueType(e.lasts), valueType(e.where), valueType(e.stops)] AS types
            """)).Single();
        ((IEnumerable<object?>)row["equal"]!).Should().AllBeEquivalentTo(true);
        ((IEnumerable<object?>)row["types"]!).Should().Equal("DATE NOT NULL", "ZONED DATETIME NOT NULL", "DURATION NOT NULL", "POINT NOT NULL", "LIST<DATE NOT NULL> NOT NULL");
    }

    private static async Task<string> DumpAsync(IGraphSession session)
    {
        var nodes = await session.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id");
        var relationships = await session.RunAsync("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b");
        return string.Join("\n", nodes.Select(r => string.Join(" ", r.Values.Select(Text))))
            + "\n" + string.Join("\n", relationships.Select(r => string.Join(" ", r.Values.Select(Text))).Order(StringComparer.Ordinal));
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => '"' + s + '"',
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(",", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + ":" + Text(e.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Text)) + "]",
        _ => value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A seeded random graph with power-law degrees (start nodes drawn as n·u³, so a few hubs have most relationships)
    /// and every kind of imported value: integers, floats, strings needing quotes, booleans, string arrays, one or two labels.
    /// </summary>
    private sealed record RandomGraph(List<Dictionary<string, object?>> Nodes, List<Dictionary<string, object?>> Relationships)
    {
        public static RandomGraph Create(int seed, int nodes, int relationships)
        {
            var random = new Random(seed);
            var nodeRows = new List<Dictionary<string, object?>>();
            for (var i = 0; i < nodes; i++)
            {
                var row = new Dictionary<string, object?>
                {
                    ["id"] = (long)i * 3,
                    ["name"] = random.Next(4) == 0 ? $"Org \"{i}\", the {random.Next(100)}th" : $"Org {i}",
                    ["score"] = Math.Round(random.NextDouble() * 1000, random.Next(6)) - 300,
                    ["agency"] = random.Next(3) == 0,
                };
                if (random.Next(2) == 0)
                {
                    row["active"] = random.Next(2) == 0;
                }

                if (random.Next(3) == 0)
                {
                    row["tags"] = Enumerable.Range(0, 1 + random.Next(3)).Select(t => (object?)$"tag{random.Next(20)}").ToList();
                }

                nodeRows.Add(row);
            }

            var relationshipRows = new List<Dictionary<string, object?>>();
            for (var i = 0; i < relationships; i++)
            {
                var start = (int)(nodes * Math.Pow(random.NextDouble(), 3));
                relationshipRows.Add(new Dictionary<string, object?>
                {
                    ["s"] = (long)start * 3,
                    ["t"] = (long)random.Next(nodes) * 3,
                    ["type"] = random.Next(4) == 0 ? "FUNDS" : "PARTNER",
                    ["since"] = (long)(1990 + random.Next(35)),
                    ["weight"] = random.Next(5) == 0 ? null : (object)(random.NextDouble() / 7),
                });
            }

            return new RandomGraph(nodeRows, relationshipRows);
        }

        public string NodesCsv()
        {
            var csv = new StringBuilder("id:ID,:LABEL,name,score:double,active:boolean,tags:string[]\n");
            foreach (var row in Nodes)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{row["id"]},{((bool)row["agency"]! ? "Org;Agency" : "Org")},\"{((string)row["name"]!).Replace("\"", "\"\"", StringComparison.Ordinal)}\",")
                    .Append(((double)row["score"]!).ToString("R", CultureInfo.InvariantCulture)).Append(',')
                    .Append(row.TryGetValue("active", out var active) ? active!.ToString()!.ToLowerInvariant() : "").Append(',')
                    .Append(row.TryGetValue("tags", out var tags) ? string.Join(';', (List<object?>)tags!) : "").Append('\n');
            }

            return csv.ToString();
        }

        public string RelationshipsCsv()
        {
            var csv = new StringBuilder(":START_ID,:END_ID,:TYPE,since:int,weight:float\n");
            foreach (var row in Relationships)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{row["s"]},{row["t"]},{row["type"]},{row["since"]},")
                    .Append(row["weight"] is double weight ? weight.ToString("R", CultureInfo.InvariantCulture) : "").Append('\n');
            }

            return csv.ToString();
        }

        public async Task LoadThroughUnwindAsync(IGraphSession session)
        {
            static object Properties(Dictionary<string, object?> row, params string[] leftOut) =>
                row.Where(e => !leftOut.Contains(e.Key) && e.Value is not null).ToDictionary(e => e.Key, e => e.Value);

            foreach (var agency in new[] { false, true })
            {
                var rows = Nodes.Where(r => (bool)r["agency"]! == agency).Select(r => (object?)Properties(r, "agency")).ToList();
                await session.RunAsync($"UNWIND $rows AS row CREATE (n:Org{(agency ? ":Agency" : "")}) SET n = row", new Dictionary<string, object?> { ["rows"] = rows });
            }

            await session.RunAsync("CREATE INDEX org_id FOR (n:Org) ON (n.id)");
            foreach (var type in new[] { "PARTNER", "FUNDS" })
            {
                var rows = Relationships.Where(r => (string)r["type"]! == type)
                    .Select(r => (object?)new Dictionary<string, object?> { ["s"] = r["s"], ["t"] = r["t"], ["props"] = Properties(r, "s", "t", "type") }).ToList();
                await session.RunAsync(
                    $"UNWIND $rows AS row MATCH (a:Org {{id: row.s}}), (b:Org {{id: row.t}}) CREATE (a)-[r:{type}]->(b) SET r = row.props",
                    new Dictionary<string, object?> { ["rows"] = rows });
            }
        }
    }
}
