using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Execution;

public sealed class ScenarioExecutorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tck-executor-").FullName;
    private readonly Dictionary<string, FakeGraphDatabase.Handler> handlers = [];
    private FakeGraphDatabase? database;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<ScenarioResult> RunAsync(
        string steps,
        double timeoutSeconds = 10,
        IProcedureRegistrar? procedures = null,
        CsvFileFolder? csvFiles = null,
        string featuresSubfolder = "")
    {
        var features = Directory.CreateDirectory(Path.Combine(folder, featuresSubfolder)).FullName;
        var path = Path.Combine(features, "F.feature");
        File.WriteAllText(path, "Feature: F\n  Scenario: S\n" + string.Join('\n', steps.Split('\n').Select(line => "    " + line)));
        var scenario = FeatureLoader.LoadFeature(path, "F.feature").Single();
        var executor = new ScenarioExecutor(
            () => database = new FakeGraphDatabase(handlers),
            NamedGraphs.Around(features),
            TimeSpan.FromSeconds(timeoutSeconds),
            procedures,
            csvFiles);
        return await executor.RunAsync(scenario);
    }

    private const string Query = "When executing query:\n  \"\"\"\n  Q\n  \"\"\"";

    private static CypherException Error(CypherErrorKind kind, CypherErrorPhase phase, string detail) =>
        new(kind, phase, detail, "scripted error");

    [Fact]
    public async Task A_matching_result_passes_and_the_database_is_disposed()
    {
        handlers["Q"] = (_, _) => FakeGraphDatabase.Rows(["x"], [1L], [2L]);

        var result = await RunAsync($"Given an empty graph\n{Query}\nThen the result should be, in any order:\n  | x |\n  | 2 |\n  | 1 |\nAnd no side effects");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
        database!.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task A_different_result_fails_naming_the_step_line_and_the_difference()
    {
        handlers["Q"] = (_, _) => FakeGraphDatabase.Rows(["x"], [1L]);

        var result = await RunAsync($"Given any graph\n{Query}\nThen the result should be, in any order:\n  | x |\n  | 1.0 |");

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().StartWith("line 8: rows differ").And.Contain("missing:    | 1.0 |").And.Contain("unexpected: | 1 |");
    }

    [Fact]
    public async Task Parameters_are_parsed_and_passed_to_the_query()
    {
        handlers["Q"] = (_, parameters) => FakeGraphDatabase.Rows(["p"], [parameters!["p"]]);

        var result = await RunAsync($"Given any graph\nAnd parameters are:\n  | p | [1, 'a'] |\n{Query}\nThen the result should be, in order:\n  | p |\n  | [1, 'a'] |");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    [Fact]
    public async Task Side_effects_are_the_observable_difference_made_by_the_query_under_test()
    {
        handlers["SETUP"] = (graph, _) =>
        {
            graph.AddNode("A");
            return FakeGraphDatabase.Rows([]);
        };
        handlers["Q"] = (graph, _) =>
        {
            graph.Nodes.Add(new CypherNode("new1", ["A", "B"], new Dictionary<string, object?> { ["p"] = 1L, ["q"] = "x" }));
            graph.Nodes.Add(new CypherNode("new2", ["B"], new Dictionary<string, object?>()));
            return FakeGraphDatabase.Rows([]);
        };

        var result = await RunAsync(
            "Given an empty graph\nAnd having executed:\n  \"\"\"\n  SETUP\n  \"\"\"\n" + Query
            + "\nThen the result should be empty\nAnd the side effects should be:\n  | +nodes | 2 |\n  | +labels | 1 |\n  | +properties | 2 |");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    [Fact]
    public async Task Wrong_side_effects_fail_with_each_differing_counter()
    {
        handlers["Q"] = (graph, _) =>
        {
            graph.AddNode("A");
            return FakeGraphDatabase.Rows([]);
        };

        var result = await RunAsync($"Given an empty graph\n{Query}\nThen the result should be empty\nAnd no side effects");

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().Contain("+nodes expected 0, got 1").And.Contain("+labels expected 0, got 1");
    }

    [Fact]
    public async Task Control_queries_are_checked_but_do_not_replace_the_measured_side_effects()
    {
        handlers["Q"] = (graph, _) =>
        {
            graph.AddNode("A");
            return FakeGraphDatabase.Rows([]);
        };
        handlers["C"] = (graph, _) => FakeGraphDatabase.Rows(["n"], [graph.Nodes[0]]);

        var result = await RunAsync(
            $"Given an empty graph\n{Query}\nThen the result should be empty\nAnd the side effects should be:\n  | +nodes | 1 |\n  | +labels | 1 |\n"
            + "When executing control query:\n  \"\"\"\n  C\n  \"\"\"\nThen the result should be, in any order:\n  | n |\n  | (:A) |");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    [Fact]
    public async Task An_expected_error_passes_on_kind_phase_and_detail()
    {
        handlers["Q"] = (_, _) => throw Error(CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime, "UndefinedVariable");

        var result = await RunAsync($"Given any graph\n{Query}\nThen a SyntaxError should be raised at compile time: UndefinedVariable");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    [Theory]
    [InlineData(CypherErrorKind.SemanticError, CypherErrorPhase.CompileTime, "UndefinedVariable")]
    [InlineData(CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime, "VariableAlreadyBound")]
    [InlineData(CypherErrorKind.SyntaxError, CypherErrorPhase.Runtime, "UndefinedVariable")]
    public async Task A_compile_time_error_must_match_kind_detail_and_phase(CypherErrorKind kind, CypherErrorPhase phase, string detail)
    {
        handlers["Q"] = (_, _) => throw Error(kind, phase, detail);

        var result = await RunAsync($"Given any graph\n{Query}\nThen a SyntaxError should be raised at compile time: UndefinedVariable");

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().Contain("expected SyntaxError at compile time: UndefinedVariable, got " + kind);
    }

    [Theory]
    [InlineData(CypherErrorPhase.Runtime)]
    [InlineData(CypherErrorPhase.CompileTime)]
    public async Task A_runtime_error_may_also_be_found_ahead_of_time(CypherErrorPhase phase)
    {
        handlers["Q"] = (_, _) => throw Error(CypherErrorKind.ArgumentError, phase, "NumberOutOfRange");

        var result = await RunAsync($"Given any graph\n{Query}\nThen a ArgumentError should be raised at runtime: NumberOutOfRange");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    [Fact]
    public async Task An_expected_error_fails_when_the_query_succeeds_or_changed_the_graph()
    {
        handlers["Q"] = (_, _) => FakeGraphDatabase.Rows(["x"], [1L]);
        var succeeded = await RunAsync($"Given any graph\n{Query}\nThen a TypeError should be raised at runtime: InvalidArgumentType");

        handlers["Q"] = (graph, _) =>
        {
            graph.AddNode();
            throw Error(CypherErrorKind.TypeError, CypherErrorPhase.Runtime, "InvalidArgumentType");
        };
        var changed = await RunAsync($"Given any graph\n{Query}\nThen a TypeError should be raised at runtime: InvalidArgumentType");

        succeeded.Reason.Should().Contain("but the query succeeded with 1 rows");
        changed.Reason.Should().Contain("changed the graph: side effects differ: +nodes expected 0, got 1");
    }

    [Fact]
    public async Task A_failing_query_fails_a_result_step_with_the_error()
    {
        handlers["Q"] = (_, _) => throw Error(CypherErrorKind.TypeError, CypherErrorPhase.Runtime, "InvalidArgumentType");

        var result = await RunAsync($"Given any graph\n{Query}\nThen the result should be empty");

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().Contain("expected a result, but the query failed: TypeError at Runtime: InvalidArgumentType");
    }

    [Fact]
    public async Task Named_graphs_are_loaded_from_the_graphs_folder()
    {
        Directory.CreateDirectory(Path.Combine(folder, "graphs", "tiny"));
        File.WriteAllText(Path.Combine(folder, "graphs", "tiny", "tiny.cypher"), "CREATE TINY");
        handlers["CREATE TINY"] = (graph, _) =>
        {
            graph.AddNode("T");
            return FakeGraphDatabase.Rows([]);
        };
        handlers["Q"] = (graph, _) => FakeGraphDatabase.Rows(["n"], [graph.Nodes.Count]);

        var result = await RunAsync($"Given the tiny graph\n{Query}\nThen the result should be, in any order:\n  | n |\n  | 1 |");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    [Fact]
    public async Task A_failing_setup_query_fails_the_scenario()
    {
        var result = await RunAsync($"Given an empty graph\nAnd having executed:\n  \"\"\"\n  BROKEN\n  \"\"\"\n{Query}\nThen the result should be empty");

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().Contain("the setup query failed: SyntaxError");
    }

    [Fact]
    public async Task A_scenario_that_hangs_fails_alone_after_the_timeout()
    {
        handlers["Q"] = (_, _) =>
        {
            Thread.Sleep(3000); // ignores cancellation on purpose
            return FakeGraphDatabase.Rows([]);
        };

        var result = await RunAsync($"Given any graph\n{Query}\nThen the result should be empty", timeoutSeconds: 0.2);

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().Contain("timed out");
    }

    [Fact]
    public async Task A_scenario_with_an_unrecognised_step_fails_naming_it_and_runs_nothing()
    {
        handlers["Q"] = (_, _) => FakeGraphDatabase.Rows([]);

        var result = await RunAsync($"Given an empty graph\nAnd the moon is full\n{Query}\nThen the result should be empty");

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().StartWith("line 4: unrecognised step 'the moon is full'");
        database.Should().BeNull();
    }

    private const string ProcedureDeclaration =
        "And there exists a procedure test.p(in :: INTEGER?) :: (out :: STRING?):\n  | in | out |\n  | 1 | 'one' |\n  | null | 'none' |";

    [Fact]
    public async Task Procedure_declarations_are_skipped_without_a_registrar()
    {
        var result = await RunAsync($"Given an empty graph\n{ProcedureDeclaration}\n{Query}\nThen the result should be empty");

        result.Status.Should().Be(ScenarioStatus.Skipped);
        result.Reason.Should().Contain("declares a test procedure, and no procedure registrar was given");
    }

    [Fact]
    public async Task Procedure_declarations_are_parsed_and_registered_in_the_scenario_database()
    {
        var registrar = new RecordingRegistrar();
        handlers["Q"] = (_, _) => FakeGraphDatabase.Rows([]);

        var result = await RunAsync($"Given an empty graph\n{ProcedureDeclaration}\n{Query}\nThen the result should be empty", procedures: registrar);

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
        var (registeredIn, procedure) = registrar.Registered.Should().ContainSingle().Subject;
        registeredIn.Should().BeSameAs(database);
        procedure.Name.Should().Be("test.p");
        procedure.Call([1L]).Should().ContainSingle().Which.Should().Equal("one");
        procedure.Call([null]).Should().ContainSingle().Which.Should().Equal("none");
        procedure.Call([2L]).Should().BeEmpty();
    }

    private sealed class RecordingRegistrar : IProcedureRegistrar
    {
        public List<(IGraphDatabase Database, TckProcedure Procedure)> Registered { get; } = [];

        public void Register(IGraphDatabase database, TckProcedure procedure) => Registered.Add((database, procedure));
    }

    [Fact]
    public async Task A_database_that_cannot_be_created_fails_the_scenario()
    {
        var path = Path.Combine(folder, "G.feature");
        File.WriteAllText(path, $"Feature: G\n  Scenario: S\n    Given any graph\n    {Query.Replace("\n", "\n    ", StringComparison.Ordinal)}\n    Then the result should be empty");
        var scenario = FeatureLoader.LoadFeature(path, "G.feature").Single();
        var executor = new ScenarioExecutor(() => throw new InvalidOperationException("no engine"), NamedGraphs.Around(folder), TimeSpan.FromSeconds(1));

        var result = await executor.RunAsync(scenario);

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().Be("could not create a database: no engine");
        executor.SkipReason(scenario).Should().BeNull();
        scenario.Steps.Should().HaveCount(3).And.ContainItemsAssignableTo<TckStep>();
    }

    [Theory]
    [InlineData(CypherErrorPhase.Runtime, "ListElementAccessByNonInteger")]
    [InlineData(CypherErrorPhase.CompileTime, "InvalidArgumentType")]
    public async Task At_any_time_with_any_detail_accepts_either_phase_and_every_detail(CypherErrorPhase phase, string detail)
    {
        handlers["Q"] = (_, _) => throw Error(CypherErrorKind.TypeError, phase, detail);

        var result = await RunAsync($"Given any graph\n{Query}\nThen a TypeError should be raised at any time: *");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    [Fact]
    public async Task The_wildcards_still_check_what_they_do_not_cover()
    {
        handlers["Q"] = (_, _) => throw Error(CypherErrorKind.SyntaxError, CypherErrorPhase.Runtime, "InvalidArgumentType");

        var wrongKind = await RunAsync($"Given any graph\n{Query}\nThen a TypeError should be raised at any time: *");
        var wrongPhase = await RunAsync($"Given any graph\n{Query}\nThen an Error should be raised at compile time: *");
        var anyError = await RunAsync($"Given any graph\n{Query}\nThen an Error should be raised at runtime: InvalidArgumentType");

        wrongKind.Reason.Should().Contain("expected TypeError at any time: *, got SyntaxError at Runtime: InvalidArgumentType");
        wrongPhase.Reason.Should().Contain("expected Error at compile time: *, got SyntaxError at Runtime");
        anyError.Status.Should().Be(ScenarioStatus.Passed, anyError.Reason);
    }

    [Fact]
    public async Task An_error_with_a_GQL_code_passes_when_the_code_is_the_status_or_one_of_its_causes()
    {
        handlers["Q"] = (_, _) => throw new CypherException(CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime, "UndefinedVariable", "Variable `x` not defined")
        {
            GqlStatus = GqlConditions.InvalidSyntax(GqlConditions.VariableNotDefined("x")),
        };

        var outer = await RunAsync($"Given any graph\n{Query}\nThen an error with GQL code 42001 should be raised");
        var cause = await RunAsync($"Given any graph\n{Query}\nThen an error with GQL code 42N62 should be raised with message matching: .*`x`.*");
        var other = await RunAsync($"Given any graph\n{Query}\nThen an error with GQL code 22G03 should be raised");
        var wrongMessage = await RunAsync($"Given any graph\n{Query}\nThen an error with GQL code 42N62 should be raised with message matching: .*integer.*");

        outer.Status.Should().Be(ScenarioStatus.Passed, outer.Reason);
        cause.Status.Should().Be(ScenarioStatus.Passed, cause.Reason);
        other.Status.Should().Be(ScenarioStatus.Failed);
        other.Reason.Should().Contain("expected an error with GQL code 22G03").And.Contain("got GQL status 42001 caused by 42N62");
        wrongMessage.Reason.Should().Contain("got the message 'Variable `x` not defined'");
    }

    [Fact]
    public async Task An_error_without_a_GQL_status_reads_as_Neo4js_default_50N42()
    {
        handlers["Q"] = (_, _) => throw Error(CypherErrorKind.TypeError, CypherErrorPhase.Runtime, "InvalidArgumentType");

        var result = await RunAsync($"Given any graph\n{Query}\nThen an error with GQL code 22G03 should be raised");

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().Contain("got GQL status 50N42");
    }

    [Fact]
    public async Task Parameter_steps_add_to_the_parameters_given_before()
    {
        handlers["Q"] = (_, parameters) => FakeGraphDatabase.Rows(["a", "b"], [parameters!["a"], parameters["b"]]);

        var result = await RunAsync(
            $"Given any graph\nAnd parameters are:\n  | a | 1 |\n  | b | 2 |\nAnd parameters are:\n  | b | 3 |\n{Query}\n"
            + "Then the result should be, in any order:\n  | a | b |\n  | 1 | 3 |");

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    private const string CsvFileStep = "And there exists a CSV file with URL as $url, with rows:\n  | name | n | ok |\n  | 'a, b' | 1 | true |\n  | 'c' | null | false |";

    [Fact]
    public async Task A_declared_CSV_file_is_written_for_LOAD_CSV_and_its_URL_passed_as_the_parameter()
    {
        var csvFolder = Path.Combine(folder, "import", "run");
        string? written = null;
        handlers["Q"] = (_, parameters) =>
        {
            var url = (string)parameters!["url"]!;
            written = File.ReadAllText(Path.Combine(csvFolder, url["file:///run/".Length..]));
            return FakeGraphDatabase.Rows(["url"], [url]);
        };

        var result = await RunAsync($"Given any graph\n{CsvFileStep}\n{Query}\nThen the result should be empty", csvFiles: new CsvFileFolder(csvFolder, "file:///run/"));

        written.Should().Be("name,n,ok\n\"a, b\",1,true\nc,,false\n");
        result.Reason.Should().Contain("expected an empty result, got 1 rows, first: | 'file:///run/tck-");
        Directory.EnumerateFiles(csvFolder).Should().BeEmpty(because: "a scenario's CSV files are deleted when it ends");
    }

    [Fact]
    public async Task A_declared_CSV_file_is_skipped_when_the_backend_has_no_folder_for_it()
    {
        var result = await RunAsync($"Given any graph\n{CsvFileStep}\n{Query}\nThen the result should be empty");

        result.Status.Should().Be(ScenarioStatus.Skipped);
        result.Reason.Should().Be("line 4: declares a CSV file, and no folder this backend's LOAD CSV reads was given");
    }

    [Fact]
    public async Task Named_graphs_are_found_in_the_nearest_graphs_folder_above_the_features_and_built_by_their_scripts()
    {
        var graph = Directory.CreateDirectory(Path.Combine(folder, "tck", "graphs", "pair")).FullName;
        File.WriteAllText(Path.Combine(graph, "pair.json"), """{"name": "pair", "scripts": ["first", "second.cypher"]}""");
        File.WriteAllText(Path.Combine(graph, "first.cypher"), "CREATE FIRST");
        File.WriteAllText(Path.Combine(graph, "second.cypher"), "CREATE SECOND");
        handlers["CREATE FIRST"] = (g, _) =>
        {
            g.AddNode("First");
            return FakeGraphDatabase.Rows([]);
        };
        handlers["CREATE SECOND"] = (g, _) =>
        {
            g.AddNode("Second");
            return FakeGraphDatabase.Rows([]);
        };
        handlers["Q"] = (g, _) => FakeGraphDatabase.Rows(["labels"], [g.Nodes.Select(n => (object?)n.Labels[0]).ToList()]);

        var result = await RunAsync(
            $"Given the pair graph\n{Query}\nThen the result should be, in order:\n  | labels |\n  | ['First', 'Second'] |",
            featuresSubfolder: Path.Combine("tck", "features", "clauses"));

        result.Status.Should().Be(ScenarioStatus.Passed, result.Reason);
    }

    [Fact]
    public async Task A_named_graph_no_graphs_folder_has_fails_naming_the_places_tried()
    {
        handlers["Q"] = (_, _) => FakeGraphDatabase.Rows([]);

        var result = await RunAsync($"Given the missing-tree graph\n{Query}\nThen the result should be empty", featuresSubfolder: "features");

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().StartWith("line 3: The TCK names a graph 'missing-tree', but no graphs folder has it")
            .And.Contain(Path.Combine(folder, "features", "graphs"))
            .And.Contain(Path.Combine(folder, "graphs"));
    }
}
