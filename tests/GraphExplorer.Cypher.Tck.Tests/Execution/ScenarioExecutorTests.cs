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

    private async Task<ScenarioResult> RunAsync(string steps, double timeoutSeconds = 10, IProcedureRegistrar? procedures = null)
    {
        var path = Path.Combine(folder, "F.feature");
        File.WriteAllText(path, "Feature: F\n  Scenario: S\n" + string.Join('\n', steps.Split('\n').Select(line => "    " + line)));
        var scenario = FeatureLoader.LoadFeature(path, "F.feature").Single();
        var executor = new ScenarioExecutor(
            () => database = new FakeGraphDatabase(handlers),
            Path.Combine(folder, "graphs"),
            TimeSpan.FromSeconds(timeoutSeconds),
            procedures);
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
    public async Task Scenarios_with_unsupported_steps_are_skipped_without_a_database()
    {
        var result = await RunAsync($"Given an empty graph\nAnd the moon is full\n{Query}\nThen the result should be empty");

        result.Status.Should().Be(ScenarioStatus.Skipped);
        result.Reason.Should().Be("line 4: unrecognised step 'the moon is full'");
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
        var executor = new ScenarioExecutor(() => throw new InvalidOperationException("no engine"), folder, TimeSpan.FromSeconds(1));

        var result = await executor.RunAsync(scenario);

        result.Status.Should().Be(ScenarioStatus.Failed);
        result.Reason.Should().Be("could not create a database: no engine");
        executor.SkipReason(scenario).Should().BeNull();
        scenario.Steps.Should().HaveCount(3).And.ContainItemsAssignableTo<TckStep>();
    }
}
