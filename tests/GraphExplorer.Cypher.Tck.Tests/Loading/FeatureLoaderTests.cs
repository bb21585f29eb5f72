using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tck.Tests.Loading;

public sealed class FeatureLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tck-loader-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private IReadOnlyList<TckScenario> Load(string text)
    {
        var path = Path.Combine(folder, "Sample.feature");
        File.WriteAllText(path, text);
        return FeatureLoader.LoadFeature(path, "clauses/sample/Sample.feature");
    }

    private const string Feature = """"
        Feature: Sample

          Background:
            Given an empty graph
            And having executed:
              """
              CREATE (:Setup)
              """

          Scenario: [1] Plain
            When executing query:
              """
              MATCH (n) RETURN n
              """
            Then the result should be, in any order:
              | n         |
              | (:Setup)  |
            And no side effects

          @tagged
          Scenario Outline: [2] Outline <word>
            Given any graph
            And parameters are:
              | p | <value> |
            When executing query:
              """
              RETURN <expr> AS x
              """
            Then the result should be, in order (ignoring element order for lists):
              | x       |
              | <value> |
            And the side effects should be:
              | +nodes | 1 |

            Examples:
              | word | expr | value |
              | one  | 1    | 1     |
              | two  | 2    | 2     |

            Examples:
              | word  | expr | value |
              | three | 3    | 3     |

          Scenario: [3] Errors
            When executing query:
              """
              RETURN x
              """
            Then a SyntaxError should be raised at compile time: UndefinedVariable
        """";

    [Fact]
    public void Expands_outlines_into_one_scenario_per_example_row_numbered_across_blocks()
    {
        var scenarios = Load(Feature);

        scenarios.Select(s => s.Id).Should().Equal(
            "clauses/sample/Sample.feature: [1] Plain",
            "clauses/sample/Sample.feature: [2] Outline one #1",
            "clauses/sample/Sample.feature: [2] Outline two #2",
            "clauses/sample/Sample.feature: [2] Outline three #3",
            "clauses/sample/Sample.feature: [3] Errors");
        scenarios[0].Folder.Should().Be("clauses/sample");
        scenarios[2].Tags.Should().Contain("tagged");
    }

    [Fact]
    public void Substitutes_placeholders_in_doc_strings_and_tables()
    {
        var second = Load(Feature)[2];

        second.Steps.OfType<ExecuteQueryStep>().Single().Query.Should().Be("RETURN 2 AS x");
        second.Steps.OfType<ParametersStep>().Single().Parameters.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("p", "2"));
        second.Steps.OfType<ExpectResultStep>().Single().Rows.Single().Should().Equal("2");
    }

    [Fact]
    public void Prepends_background_steps_and_binds_every_step_kind()
    {
        var scenarios = Load(Feature);

        scenarios[0].Steps.Select(s => s.GetType().Name).Should().Equal(
            nameof(GivenGraphStep), nameof(HavingExecutedStep), nameof(ExecuteQueryStep), nameof(ExpectResultStep), nameof(ExpectSideEffectsStep));
        scenarios[0].Steps.OfType<HavingExecutedStep>().Single().Query.Should().Be("CREATE (:Setup)");

        var result = scenarios[1].Steps.OfType<ExpectResultStep>().Single();
        result.Ordered.Should().BeTrue();
        result.IgnoreListElementOrder.Should().BeTrue();
        scenarios[1].Steps.OfType<ExpectSideEffectsStep>().Single().Expected.Should().Equal(new Dictionary<string, int> { ["+nodes"] = 1 });

        var error = scenarios[4].Steps.OfType<ExpectErrorStep>().Single();
        error.Should().Be(new ExpectErrorStep(error.Line, "SyntaxError", "compile time", "UndefinedVariable"));
    }

    [Fact]
    public void Unknown_steps_become_unrecognised_steps()
    {
        var step = Load("Feature: F\n  Scenario: S\n    Given the moon is full\n").Single().Steps.Single();

        step.Should().BeOfType<UnrecognisedStep>().Which.Text.Should().Be("the moon is full");
    }

    [Theory]
    [InlineData("Then a TypeError should be raised at any time: *", "TypeError", "any time", "*")]
    [InlineData("Then an Error should be raised at runtime: *", "Error", "runtime", "*")]
    [InlineData("Then a SyntaxError should be raised at compile time: UnexpectedSyntax", "SyntaxError", "compile time", "UnexpectedSyntax")]
    public void Error_steps_keep_kind_phase_and_detail_wildcards_included(string text, string kind, string phase, string detail)
    {
        var step = Load($"Feature: F\n  Scenario: S\n    {text}\n").Single().Steps.Single();

        step.Should().Be(new ExpectErrorStep(3, kind, phase, detail));
    }

    [Theory]
    [InlineData("Then an error with GQL code 42001 should be raised", "42001", null)]
    [InlineData("Then an error with GQL code 22N01 should be raised with message matching: .*expected.*", "22N01", ".*expected.*")]
    public void GQL_code_error_steps_keep_the_code_and_message_pattern(string text, string code, string? pattern)
    {
        var step = Load($"Feature: F\n  Scenario: S\n    {text}\n").Single().Steps.Single();

        step.Should().Be(new ExpectGqlErrorStep(3, code, pattern));
    }

    [Fact]
    public void CSV_file_steps_give_the_URL_parameter_and_the_table()
    {
        var step = Load("Feature: F\n  Scenario: S\n    And there exists a CSV file with URL as $param, with rows:\n      | i | txt |\n      | 1 | 'a' |\n")
            .Single().Steps.Single();

        var csv = step.Should().BeOfType<CsvFileStep>().Subject;
        csv.UrlParameter.Should().Be("param");
        csv.Columns.Should().Equal("i", "txt");
        csv.Rows.Should().ContainSingle().Which.Should().Equal("1", "'a'");
    }

    [Fact]
    public void Procedure_declarations_give_name_signature_and_table_rows()
    {
        var steps = Load("""
            Feature: F
              Scenario: S
                Given an empty graph
                And there exists a procedure test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?) :
                  | name   | id | city    |
                  | 'Mats' | 1  | 'Malmö' |
                And there exists a procedure test.doNothing() :: ():
                  |
            """).Single().Steps;

        var proc = steps[1].Should().BeOfType<ProcedureDeclarationStep>().Subject;
        proc.Name.Should().Be("test.my.proc");
        proc.Inputs.Should().Equal(new ProcedureParameter("name", "STRING?"), new ProcedureParameter("id", "INTEGER?"));
        proc.Outputs.Should().Equal(new ProcedureParameter("city", "STRING?"));
        proc.Rows.Should().ContainSingle().Which.Should().Equal("'Mats'", "1", "'Malmö'");

        var nothing = steps[2].Should().BeOfType<ProcedureDeclarationStep>().Subject;
        nothing.Inputs.Should().BeEmpty();
        nothing.Outputs.Should().BeEmpty();
        nothing.Rows.Should().BeEmpty();
    }

    [Fact]
    public void A_procedure_table_must_name_the_inputs_and_outputs()
    {
        var act = () => Load("""
            Feature: F
              Scenario: S
                Given there exists a procedure test.p(a :: INTEGER?) :: (b :: INTEGER?):
                  | b | a |
            """);

        act.Should().Throw<TckLoadException>().WithMessage("line 3: the table of procedure test.p must start with the header | a | b |.");
    }

    [Fact]
    public void Named_graphs_and_result_variants_are_recognised()
    {
        var steps = Load("""
            Feature: F
              Scenario: S
                Given the binary-tree-1 graph
                Then the result should be (ignoring element order for lists):
                  | a |
            """).Single().Steps;

        steps[0].Should().Be(new GivenGraphStep(3, InitialGraph.Named, "binary-tree-1"));
        steps[1].Should().BeOfType<ExpectResultStep>().Which.Ordered.Should().BeFalse();
    }

    [Fact]
    public void Invalid_gherkin_is_reported_with_file_and_line()
    {
        var act = () => Load("Feature: F\n  Scenario: S\n    Given an empty graph\n  | stray | table |\n  nonsense\n");

        act.Should().Throw<TckLoadException>().WithMessage("clauses/sample/Sample.feature:*");
    }

    [Fact]
    public void A_missing_features_folder_is_reported()
    {
        var act = () => FeatureLoader.LoadAll(Path.Combine(folder, "absent"));

        act.Should().Throw<TckLoadException>().WithMessage("*does not exist*");
    }
}
