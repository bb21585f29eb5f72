using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>
/// shortestPath / allShortestPaths: direction, types, length bounds, WHERE predicates (per step and on the whole path),
/// relationship uniqueness across the MATCH, no path, same node, and agreement with a reference search on random graphs.
/// </summary>
public sealed class ShortestPathTests
{
    private const string Names = "RETURN [n IN nodes(p) | n.name] AS names";

    /// <summary>a→b→c→d, a→d via a long detour through x (a→x, x→y, y→d), and d→a.</summary>
    private static TestDatabase Chain()
    {
        var db = new TestDatabase();
        db.Run("""
            CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N {name: 'c'}), (d:N {name: 'd'}), (x:N {name: 'x'}), (y:N {name: 'y'}),
                   (a)-[:R {w: 1}]->(b), (b)-[:R {w: 9}]->(c), (c)-[:R {w: 1}]->(d),
                   (a)-[:S {w: 1}]->(x), (x)-[:S {w: 1}]->(y), (y)-[:S {w: 1}]->(d),
                   (d)-[:BACK {w: 1}]->(a)
            """);
        return db;
    }

    private static List<string> PathNames(TestDatabase db, string pattern, string where = "")
    {
        var rows = db.Run($"MATCH (a:N {{name: 'a'}}), (d:N {{name: 'd'}}) MATCH p = {pattern} {where} {Names}");
        return rows.Select(r => string.Join("", ((IEnumerable<object?>)r["names"]!).Cast<string>())).ToList();
    }

    [Fact]
    public void Follows_the_written_direction()
    {
        var db = Chain();
        PathNames(db, "shortestPath((a)-[*]->(d))").Should().ContainSingle().Which.Length.Should().Be(4);
        PathNames(db, "shortestPath((a)<-[*]-(d))").Should().Equal("ad");
        PathNames(db, "shortestPath((a)-[*]-(d))").Should().Equal("ad");
    }

    [Fact]
    public void Honours_relationship_types()
    {
        var db = Chain();
        PathNames(db, "shortestPath((a)-[:R*]->(d))").Should().Equal("abcd");
        PathNames(db, "shortestPath((a)-[:S*]->(d))").Should().Equal("axyd");
        PathNames(db, "allShortestPaths((a)-[:R|S*]->(d))").Should().BeEquivalentTo("abcd", "axyd");
        PathNames(db, "shortestPath((a)-[:NONE*]-(d))").Should().BeEmpty();
    }

    [Fact]
    public void Honours_length_bounds()
    {
        var db = Chain();
        PathNames(db, "shortestPath((a)-[*..2]->(d))").Should().BeEmpty();
        PathNames(db, "shortestPath((a)-[*..3]->(d))").Should().HaveCount(1);
        PathNames(db, "shortestPath((a)-[*2..]-(d))").Should().ContainSingle().Which.Length.Should().Be(4);
        PathNames(db, "shortestPath((a)-[:BACK]-(d))").Should().Equal("ad");
        PathNames(db, "shortestPath((a)-[:R]-(d))").Should().BeEmpty();
    }

    [Fact]
    public void Honours_relationship_properties_of_the_pattern()
    {
        var db = Chain();
        PathNames(db, "shortestPath((a)-[* {w: 1}]->(d))").Should().Equal("axyd");
    }

    [Fact]
    public void Finds_the_shortest_path_satisfying_a_predicate_on_every_relationship()
    {
        var db = Chain();
        PathNames(db, "shortestPath((a)-[*]->(d))", "WHERE all(r IN relationships(p) WHERE r.w < 5)").Should().Equal("axyd");
        PathNames(db, "shortestPath((a)-[rs*]->(d))", "WHERE none(r IN rs WHERE type(r) = 'S')").Should().Equal("abcd");
        PathNames(db, "allShortestPaths((a)-[*]-(d))", "WHERE all(r IN relationships(p) WHERE type(r) <> 'BACK')")
            .Should().BeEquivalentTo("abcd", "axyd");
    }

    [Fact]
    public void Finds_the_shortest_path_satisfying_a_predicate_on_every_node()
    {
        var db = Chain();
        PathNames(db, "shortestPath((a)-[*]->(d))", "WHERE none(n IN nodes(p) WHERE n.name = 'x')").Should().Equal("abcd");
        PathNames(db, "shortestPath((a)-[*]->(d))", "WHERE all(n IN nodes(p) WHERE n.name <> 'a')").Should().BeEmpty();
    }

    [Fact]
    public void Searches_exhaustively_for_predicates_on_the_whole_path()
    {
        var db = Chain();
        PathNames(db, "shortestPath((a)-[*]-(d))", "WHERE length(p) > 1").Should().ContainSingle().Which.Length.Should().Be(4);
        PathNames(db, "shortestPath((a)-[*]-(d))", "WHERE any(r IN relationships(p) WHERE r.w = 9)").Should().Equal("abcd");
        PathNames(db, "allShortestPaths((a)-[*]-(d))", "WHERE length(p) = 3").Should().BeEquivalentTo("abcd", "axyd");
        PathNames(db, "shortestPath((a)-[*..2]-(d))", "WHERE length(p) > 1").Should().BeEmpty();
    }

    [Fact]
    public void Does_not_reuse_relationships_bound_earlier_in_the_match()
    {
        var db = Chain();
        var rows = db.Run("MATCH (a:N {name: 'a'})-[r:BACK]-(d:N {name: 'd'}), p = shortestPath((a)-[*]-(d)) RETURN length(p) AS l");
        rows.Select(r => r["l"]).Should().Equal(3L);
    }

    [Fact]
    public void Returns_no_row_when_no_path_exists()
    {
        var db = Chain();
        db.Run("CREATE (:N {name: 'lonely'})");
        db.Run("MATCH (a:N {name: 'a'}), (z:N {name: 'lonely'}) MATCH p = shortestPath((a)-[*]-(z)) RETURN p").Should().BeEmpty();
        db.Run("MATCH (a:N {name: 'a'}), (z:N {name: 'lonely'}) MATCH p = allShortestPaths((a)-[*]-(z)) RETURN p").Should().BeEmpty();
        db.Run("MATCH (a:N {name: 'a'}), (z:N {name: 'lonely'}) OPTIONAL MATCH p = shortestPath((a)-[*]-(z)) RETURN p")
            .Single()["p"].Should().BeNull();
    }

    [Fact]
    public void From_a_node_to_itself_finds_only_the_empty_path()
    {
        var db = Chain();
        db.Scalar("MATCH (a:N {name: 'a'}) MATCH p = shortestPath((a)-[*0..]-(a)) RETURN length(p)").Should().Be(0L);
        db.Run("MATCH (a:N {name: 'a'}) MATCH p = shortestPath((a)-[*]-(a)) RETURN p").Should().BeEmpty();
    }

    [Fact]
    public void All_shortest_paths_include_parallel_relationships_and_every_meeting_node()
    {
        var db = new TestDatabase();
        db.Run("""
            CREATE (a {name: 'a'}), (b1 {name: 'b1'}), (b2 {name: 'b2'}), (c {name: 'c'}), (e {name: 'e'}),
                   (a)-[:R]->(b1), (a)-[:R]->(b1), (a)-[:R]->(b2), (b1)-[:R]->(c), (b2)-[:R]->(c), (c)-[:R]->(e), (b2)<-[:R]-(c)
            """);
        db.Scalar("MATCH (a {name: 'a'}), (e {name: 'e'}) MATCH p = allShortestPaths((a)-[*]->(e)) RETURN count(p)").Should().Be(3L);
        db.Scalar("MATCH (a {name: 'a'}), (e {name: 'e'}) MATCH p = allShortestPaths((a)-[*]-(e)) RETURN count(p)").Should().Be(4L);
        db.Scalar("MATCH (a {name: 'a'}), (e {name: 'e'}) MATCH p = shortestPath((a)-[*]-(e)) RETURN length(p)").Should().Be(3L);
    }

    [Theory]
    [InlineData(1, "-", "-")]
    [InlineData(2, "-", "->")]
    [InlineData(3, "<-", "-")]
    public void Agrees_with_a_reference_search_on_random_graphs(int seed, string left, string right)
    {
        var random = new Random(seed);
        const int nodes = 40;
        var edges = Enumerable.Range(0, 70).Select(_ => (From: random.Next(nodes), To: random.Next(nodes))).ToList();
        var db = new TestDatabase();
        db.Run("UNWIND range(0, $n - 1) AS i CREATE (:V {i: i})", new { n = (long)nodes });
        db.Run("UNWIND $edges AS e MATCH (a:V {i: e[0]}), (b:V {i: e[1]}) CREATE (a)-[:E]->(b)",
            new { edges = edges.Select(e => (object?)new List<object?> { (long)e.From, (long)e.To }).ToList() });
        var outgoing = left == "-" && right == "->";
        var incoming = left == "<-" && right == "-";
        for (var pair = 0; pair < 40; pair++)
        {
            var (s, t) = (random.Next(nodes), random.Next(nodes));
            var (distance, count) = Reference(edges, nodes, s, t, outgoing, incoming);
            var query = $"MATCH (s:V {{i: $s}}), (t:V {{i: $t}}) MATCH p = allShortestPaths((s){left}[:E*0..]{right}(t)) RETURN length(p) AS l";
            var lengths = db.Run(query, new { s = (long)s, t = (long)t }).Select(r => (long)r["l"]!).ToList();
            lengths.Should().HaveCount((int)count, "pair {0}→{1}", s, t);
            lengths.Where(l => l != distance).Should().BeEmpty("pair {0}→{1} is {2} apart", s, t, distance);
            var single = db.Run(query.Replace("allShortestPaths", "shortestPath"), new { s = (long)s, t = (long)t });
            single.Should().HaveCount(count > 0 ? 1 : 0);
        }
    }

    /// <summary>Breadth-first distance and number of shortest walks from s to t (self-loops never shorten one).</summary>
    private static (long Distance, long Count) Reference(List<(int From, int To)> edges, int nodes, int s, int t, bool outgoing, bool incoming)
    {
        var distance = Enumerable.Repeat(-1L, nodes).ToArray();
        var count = new long[nodes];
        distance[s] = 0;
        count[s] = 1;
        var queue = new Queue<int>([s]);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            foreach (var (from, to) in edges)
            {
                var steps = new List<int>();
                if (from == to)
                {
                    continue;
                }

                if (!incoming && from == u)
                {
                    steps.Add(to);
                }

                if (!outgoing && to == u)
                {
                    steps.Add(from);
                }

                foreach (var v in steps)
                {
                    if (distance[v] < 0)
                    {
                        distance[v] = distance[u] + 1;
                        queue.Enqueue(v);
                    }

                    if (distance[v] == distance[u] + 1)
                    {
                        count[v] += count[u];
                    }
                }
            }
        }

        return (distance[t], distance[t] < 0 ? 0 : count[t]);
    }

    [Fact]
    public void Shortest_k_takes_the_k_shortest_paths_of_each_pair()
    {
        var db = Chain();
        PathNames(db, "SHORTEST 1 (a)-[*]->(d)").Should().ContainSingle();
        PathNames(db, "SHORTEST 2 (a)-[*]->(d)").Should().BeEquivalentTo("abcd", "axyd");
        PathNames(db, "SHORTEST 5 (a)-[*]->(d)").Should().BeEquivalentTo(
            ["abcd", "axyd", "abcdaxyd", "axydabcd"], "four directed trails exist (two of them back through d→a), fewer than 5");
        PathNames(db, "SHORTEST 2 (a)-[*]-(d)").Should().HaveCount(2).And.Contain("ad");
        PathNames(db, "ANY 3 (a)-[*]-(d)").Should().HaveCount(3).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Shortest_k_groups_takes_every_path_of_the_k_shortest_lengths()
    {
        var db = Chain();
        PathNames(db, "SHORTEST 1 GROUPS (a)-[*]-(d)").Should().Equal("ad");
        PathNames(db, "SHORTEST 2 GROUPS (a)-[*]-(d)").Should().BeEquivalentTo("ad", "abcd", "axyd");
        PathNames(db, "SHORTEST 2 GROUPS (a)-[:R|S]->+(d)").Should().BeEquivalentTo("abcd", "axyd");
    }

    [Fact]
    public void Shortest_k_is_shown_by_explain_and_a_zero_count_is_refused()
    {
        var plan = new TestDatabase().Run("EXPLAIN MATCH p = SHORTEST 3 GROUPS (a:N)-[*]->(b:N) RETURN p");
        plan.Select(r => r[3] as string).Should().Contain(d => d != null && d.Contains("3 groups"));
        new TestDatabase().Fails("MATCH p = SHORTEST 0 (a)-[*]->(b) RETURN p").Detail.Should().Be("UnexpectedSyntax");
    }
}
