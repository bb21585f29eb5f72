using GraphExplorer.Cypher.Tck.Execution;

namespace GraphExplorer.Cypher.Tck.Tests.Execution;

public sealed class FailureCauseTests
{
    [Theory]
    [InlineData(
        "line 12: expected a result, but the query failed: SemanticError at CompileTime: UnknownFunction: Unknown function 'date' at 1:8\n  caret",
        "the query failed: SemanticError UnknownFunction: Unknown function 'date' at #:#")]
    [InlineData(
        "line 5: the setup query failed: SyntaxError at CompileTime: UnexpectedSyntax: Unexpected 'FOO' at 3:1",
        "the setup query failed: SyntaxError UnexpectedSyntax: Unexpected 'FOO' at #:#")]
    [InlineData(
        "line 9: expected SyntaxError at compile time: UndefinedVariable, but the query succeeded with 0 rows",
        "no error raised; expected SyntaxError at compile time: UndefinedVariable")]
    [InlineData(
        "line 9: expected TypeError at runtime: InvalidArgumentType, got ArgumentError at Runtime: InvalidArgumentValue: bad",
        "wrong error: expected TypeError at runtime: InvalidArgumentType, got ArgumentError at Runtime: InvalidArgumentValue")]
    [InlineData("line 20: rows differ (in any order): expected 2 rows, got 3\n  missing: | 1 |", "wrong result: rows differ (in any order)")]
    [InlineData("line 7: expected an empty result, got 1 rows with no columns", "wrong result: rows with no columns where an empty result is expected")]
    [InlineData("line 7: expected an empty result, got 2 rows, first: | 1 |", "wrong result: rows where an empty result is expected")]
    [InlineData("line 20: side effects differ: +nodes expected 1, got 0", "wrong side effects")]
    [InlineData("timed out after 10 s", "timed out after # s")]
    public void Reduces_reasons_to_a_cause(string reason, string cause)
    {
        FailureCause.Of(reason).Should().Be(cause);
    }
}
