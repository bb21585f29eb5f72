using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;
using GraphExplorer.GraphQL.Validation;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// Issue #3: requests per second of the GraphQL engine (parse + validate + execute, one request at a time on one
/// thread) for graphql-js's introspection query against the application's schema and for a 3-level query returning
/// 1,000 objects from in-memory data, with the document cache (<see cref="GraphQLEngine"/>) and without it (the
/// stages called one by one). The graphql-js peer (bench/peers/graphql-js) runs the same schema, documents and data.
/// </summary>
internal static class GraphQLBenchmark
{
    public static async Task RunAsync(Options options)
    {
        var root = Options.RepositoryRoot();
        var sdl = File.ReadAllText(Path.Combine(root, "src", "GraphExplorer.Application", "Api", "schema.graphql"));
        var introspection = File.ReadAllText(Path.Combine(root, "bench", "graphql", "introspection-query.graphql"));
        var threeLevels = File.ReadAllText(Path.Combine(root, "bench", "graphql", "three-levels.graphql"));
        var variables = new Dictionary<string, object?> { ["first"] = 10 };
        var schema = BuildSchema(sdl, Organisations());
        var engine = new GraphQLEngine(schema);
        // --budget SECONDS shortens every timing (e.g. for a quick look while optimising); the default is 15 s per workload, 5 s per phase.
        var workload = TimeSpan.FromSeconds(options.Budget ?? 15);
        var phase = TimeSpan.FromSeconds(Math.Min(options.Budget ?? 5, 5));

        var report = new Report("GraphQL engine benchmarks",
            string.Create(CultureInfo.InvariantCulture,
                $"Schema: the application's `src/GraphExplorer.Application/Api/schema.graphql`; documents from `bench/graphql/`; in-memory data as described in `bench/graphql/README.md`; default engine options (spec rules plus the protective depth and cost rules). Machine: {Machine.Describe()}. Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start {Machine.LoadAverages()}. One request at a time on one thread; each request is parse + validate + execute (\"uncached\": the stages called one by one) or document-cache lookup + execute (\"cached\": `GraphQLEngine.ExecuteAsync`); \"+ JSON\" adds writing the response with `ExecutionResult.ToJson()`."));

        foreach (var (name, query, vars) in new[] { ("introspection", introspection, (Dictionary<string, object?>?)null), ("threeLevels", threeLevels, variables) })
        {
            var request = new GraphQLRequest(query) { Variables = vars };
            var json = (await engine.ExecuteAsync(request)).ToJson();
            if (json.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{name} failed: {json[..Math.Min(json.Length, 2000)]}");
            }

            if (options.Dump is { } dump)
            {
                // --dump DIR: keep each response for a byte-by-byte comparison with the peer's (graphql-js: --dump DIR).
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, $"{name}.engine.json"), json);
            }

            report.Check($"{name}.jsonLength", json.Length);
            report.Check($"{name}.jsonSha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16]);
            var label = name == "introspection" ? "introspection query (graphql-js `getIntrospectionQuery()`)" : "3-level query, 1,000 objects";

            var uncached = await Measurement.RunAsync(name, 200, 200_000, workload, _ => RunUncached(schema, query, vars));
            report.AddLatency($"{name}.uncached", $"{label}, uncached (parse + validate + execute)", uncached);
            var cached = await Measurement.RunAsync(name, 200, 200_000, workload, _ => engine.ExecuteAsync(request));
            report.AddLatency($"{name}.cached", $"{label}, document cache (execute)", cached);
            var cachedJson = await Measurement.RunAsync(name, 200, 200_000, workload, async _ => (await engine.ExecuteAsync(request)).ToJson());
            report.AddLatency($"{name}.cachedJson", $"{label}, document cache + JSON", cachedJson);

            // Phases on their own (a stopwatch per stage), to show where the time goes.
            var document = Parser.Parse(query);
            var executionRequest = new ExecutionRequest(document) { Variables = vars };
            var response = await Executor.ExecuteRequestAsync(schema, executionRequest);
            report.AddLatency($"{name}.phase.parse", $"{label}: phase parse", await Measurement.RunAsync(name, 200, 100_000, phase,
                _ => Task.FromResult(Parser.Parse(query))));
            report.AddLatency($"{name}.phase.validate", $"{label}: phase validate", await Measurement.RunAsync(name, 200, 100_000, phase,
                _ => Task.FromResult(DocumentValidator.Validate(schema, document))));
            report.AddLatency($"{name}.phase.execute", $"{label}: phase execute", await Measurement.RunAsync(name, 200, 100_000, phase,
                _ => Executor.ExecuteRequestAsync(schema, executionRequest)));
            report.AddLatency($"{name}.phase.json", $"{label}: phase JSON", await Measurement.RunAsync(name, 200, 100_000, phase,
                _ => Task.FromResult(response.ToJson())));
            report.AddValue($"{name}.allocatedPerRequest", $"{label}: managed bytes allocated per cached request (execute)",
                await Allocation.PerOperationAsync(200, _ => engine.ExecuteAsync(request)), "bytes");
        }

        report.Note("Throughput (ops/s) is 1 / mean latency of sequential requests on one thread; the machine has 2 cores shared with other work, so read it with the load average.");
        report.Note("HTTP requests per second for a small cached query: measured separately against the real server by `node bench/graphql/http/run.mjs` (results/graphql-http.md).");
        report.Note("The engine caches an execution plan with each parsed document (collected fields per selection set and runtime type, constant arguments coerced once): \"uncached\" parses a new document per request, so it also builds the plan every time; \"cached\" and \"phase execute\" reuse one document and its plan.");
        report.Write(options.Output ?? Path.Combine(root, "bench", "results", "graphql-engine.md"));
    }

    /// <summary>What a server without a document cache does for each request.</summary>
    private static Task<ExecutionResult> RunUncached(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables)
    {
        var document = Parser.Parse(query);
        var errors = DocumentValidator.Validate(schema, document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(errors[0].Message);
        }

        return Executor.ExecuteRequestAsync(schema, new ExecutionRequest(document) { Variables = variables });
    }

    private static Schema BuildSchema(string sdl, IReadOnlyList<Organisation> organisations) =>
        SchemaBuilder.FromSdl(sdl)
            .BindField("Query", "organizations", context => Connection.Of(organisations, context.Arguments))
            .BindField("Organization", "agreements", context => Connection.Of(((Organisation)context.Source!).Agreements, context.Arguments))
            .BindResolveType("Entity", (value, _) => value switch { Organisation => "Organization", Agreement => "Agreement", _ => null })
            .BindResolveType("Node", (value, _) => value switch { Organisation => "Organization", Agreement => "Agreement", _ => null })
            .Build();

    /// <summary>The data described in bench/graphql/README.md (the graphql-js peer builds the same).</summary>
    private static List<Organisation> Organisations()
    {
        var organisations = Enumerable.Range(0, 100).Select(i => new Organisation(
            $"org:{i}", $"Organisation {i}", (i % 3) switch { 0 => "UNIVERSITY", 1 => "COMPANY", _ => "GOVERNMENT_AGENCY" })).ToList();
        foreach (var (organisation, i) in organisations.Select((o, i) => (o, i)))
        {
            for (var j = 0; j < 10; j++)
            {
                var parties = Enumerable.Range(0, 10).Select(k => new PartyLink($"party {k}", organisations[(i * 7 + j * 3 + k) % 100])).ToList();
                organisation.Agreements.Add(new Agreement($"agr:{i}-{j}", $"Agreement {i}-{j}", "MOU", "signed", parties));
            }
        }

        return organisations;
    }

    private sealed record Organisation(string Id, string Name, string Kind)
    {
        public string EntityType => "ORGANIZATION";

        public List<Agreement> Agreements { get; } = [];
    }

    private sealed record Agreement(string Id, string Title, string Kind, string Status, List<PartyLink> Parties)
    {
        public string EntityType => "AGREEMENT";

        public string Name => Title;
    }

    /// <summary>An AgreementParty: the default resolver reads <c>role</c> and <c>party</c>.</summary>
    private sealed record PartyLink(string Role, object Party);

    private sealed record Connection(IReadOnlyList<object> Nodes, int TotalCount)
    {
        public static Connection Of<T>(IReadOnlyList<T> items, IReadOnlyDictionary<string, object?> arguments)
            where T : class
        {
            var first = Convert.ToInt32(arguments["first"], CultureInfo.InvariantCulture);
            return new Connection(items.Take(first).ToList<object>(), items.Count);
        }
    }
}
