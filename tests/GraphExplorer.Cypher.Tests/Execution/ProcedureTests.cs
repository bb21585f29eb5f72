using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class ProcedureTests
{
    [Fact]
    public void Registered_procedures_can_be_called_standalone_and_in_queries()
    {
        var db = new TestDatabase();
        db.Database.RegisterProcedure("test.my.proc", [("in", "INTEGER?")], [("out", "STRING?")],
            args => Enumerable.Range(0, (int)(long)args[0]!).Select(i => (IReadOnlyList<object?>)new object?[] { $"v{i}" }));

        db.Run("CALL test.my.proc(2)").Select(r => r["out"]).Should().Equal("v0", "v1");
        db.Column("UNWIND [1, 2] AS n CALL test.my.proc(n) YIELD out RETURN out").Should().Equal("v0", "v0", "v1");
        db.Run("CALL test.my.proc", new { @in = 1 }).Select(r => r["out"]).Should().Equal("v0");
        db.Fails("CALL test.my.proc(1, 2)").Detail.Should().Be("InvalidNumberOfArguments");
        db.Fails("CALL test.nope()").Kind.Should().Be(CypherErrorKind.ProcedureError);
    }
}
