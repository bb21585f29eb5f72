using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Cypher.Tck.KnownFailures;
using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tck.Tests.KnownFailures;

public sealed class KnownFailureListTests
{
    private static ScenarioResult Result(string name, ScenarioStatus status, string? reason) =>
        new(new TckScenario("f/F.feature", name, null, 1, [], []), status, reason, TimeSpan.Zero);

    [Fact]
    public void Formats_failed_scenarios_with_their_reason_on_one_line_and_parses_back()
    {
        var text = KnownFailureList.Format(
        [
            Result("[1] a", ScenarioStatus.Failed, "line 3: wrong\n  missing: 1\n\n  unexpected: 2\n  more"),
            Result("[2] b", ScenarioStatus.Passed, null),
            Result("[3] c", ScenarioStatus.Skipped, "procedures"),
            Result("[4] d", ScenarioStatus.Failed, "tab\there"),
        ]);

        var list = KnownFailureList.Parse(text);

        list.Reasons.Should().Equal(new Dictionary<string, string>
        {
            ["f/F.feature: [1] a"] = "line 3: wrong / missing: 1 / unexpected: 2",
            ["f/F.feature: [4] d"] = "tab here",
        });
    }

    [Fact]
    public void Comments_and_blank_lines_are_ignored()
    {
        KnownFailureList.Parse("# header\n\nx\treason\r\n").Reasons.Should().ContainKey("x").And.HaveCount(1);
    }

    [Theory]
    [InlineData("no tab here", "known-failures.txt:1:*")]
    [InlineData("x\ta\nx\tb", "known-failures.txt:2:*twice*")]
    public void Malformed_lines_are_reported_with_their_line(string text, string message)
    {
        var act = () => KnownFailureList.Parse(text);

        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void A_missing_file_is_an_empty_list()
    {
        KnownFailureList.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).Count.Should().Be(0);
    }
}
