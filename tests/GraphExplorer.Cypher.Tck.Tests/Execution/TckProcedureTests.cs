using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tck.Tests.Execution;

public sealed class TckProcedureTests
{
    private static TckProcedure Procedure(string type, params (object? In, object? Out)[] rows) =>
        new("test.p", [new ProcedureParameter("in", type)], [new ProcedureParameter("out", "STRING?")],
            rows.Select(r => ((IReadOnlyList<object?>)[r.In], (IReadOnlyList<object?>)[r.Out])).ToList());

    [Fact]
    public void A_call_yields_the_outputs_of_every_row_with_equal_inputs_in_table_order()
    {
        var procedure = Procedure("STRING?", ("a", "1"), ("b", "2"), ("a", "3"));

        procedure.Call(["a"]).Select(row => row[0]).Should().Equal("1", "3");
        procedure.Call(["c"]).Should().BeEmpty();
    }

    [Fact]
    public void Numbers_match_by_value_across_integer_and_float()
    {
        var procedure = Procedure("NUMBER?", (42L, "wisdom"), (42.3, "about right"));

        procedure.Call([42L]).Select(row => row[0]).Should().Equal("wisdom");
        procedure.Call([42.0]).Select(row => row[0]).Should().Equal("wisdom");
        procedure.Call([42.3]).Select(row => row[0]).Should().Equal("about right");
    }

    [Fact]
    public void Null_matches_only_null()
    {
        var procedure = Procedure("INTEGER?", (null, "nix"), (0L, "zero"));

        procedure.Call([null]).Select(row => row[0]).Should().Equal("nix");
        procedure.Call([0L]).Select(row => row[0]).Should().Equal("zero");
    }
}
