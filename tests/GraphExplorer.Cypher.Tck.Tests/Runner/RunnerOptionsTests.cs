using GraphExplorer.Cypher.Tck.Runner;

namespace GraphExplorer.Cypher.Tck.Tests.Runner;

public sealed class RunnerOptionsTests
{
    [Fact]
    public void Defaults_run_everything_with_a_ten_second_timeout()
    {
        var options = RunnerOptions.Parse([]);

        options.FeaturesFolder.Should().BeNull();
        options.Filter.Should().BeNull();
        options.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        options.MinPassPercent.Should().BeNull();
    }

    [Fact]
    public void Parses_every_option_and_the_features_folder()
    {
        var options = RunnerOptions.Parse(
            ["features", "--filter", "Match1", "--verbose", "--json", "r.json", "--min-pass", "42.5",
             "--timeout", "2", "--parallel", "3"]);

        options.Should().BeEquivalentTo(new RunnerOptions
        {
            FeaturesFolder = "features",
            Filter = "Match1",
            Verbose = true,
            JsonFile = "r.json",
            MinPassPercent = 42.5,
            Timeout = TimeSpan.FromSeconds(2),
            Parallelism = 3,
        });
    }

    [Fact]
    public void Parses_the_known_failures_file()
    {
        RunnerOptions.Parse(["--write-known-failures", "k.txt"]).KnownFailuresFile.Should().Be("k.txt");
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "unknown option '--bogus'.")]
    [InlineData(new[] { "--filter" }, "--filter needs a value.")]
    [InlineData(new[] { "--min-pass", "lots" }, "--min-pass needs a number*")]
    [InlineData(new[] { "a", "b" }, "only one features folder*")]
    [InlineData(new[] { "--filter", "x", "--write-known-failures", "k.txt" }, "--write-known-failures needs a run of the whole TCK*")]
    public void Refuses_malformed_command_lines(string[] args, string message)
    {
        var act = () => RunnerOptions.Parse(args);

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }
}
