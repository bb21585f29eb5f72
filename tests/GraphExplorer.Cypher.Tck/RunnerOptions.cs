using System.Globalization;

namespace GraphExplorer.Cypher.Tck.Runner;

/// <summary>The runner's command line: <c>[features-folder] [--filter s] [--verbose] [--json file] [--min-pass %]
/// [--write-known-failures file] [--timeout seconds] [--parallel n]</c>.</summary>
internal sealed record RunnerOptions
{
    public const string Usage = """
        usage: GraphExplorer.Cypher.Tck [features-folder] [options]
          features-folder              the TCK features (default: the nearest shared/opencypher/tck/features)
          --filter <text>              run only scenarios whose id contains <text> (case-insensitive)
          --verbose                    print every failure's reason
          --json <file>                write per-scenario results as JSON
          --min-pass <percent>         exit 1 when fewer than <percent> of all scenarios pass
          --write-known-failures <f>   write the failed scenarios to <f> (the xunit tests' skip list)
          --timeout <seconds>          per-scenario timeout (default 10)
          --parallel <n>               scenarios run at once (default: the processor count)
        """;

    public string? FeaturesFolder { get; init; }

    public string? Filter { get; init; }

    public bool Verbose { get; init; }

    public string? JsonFile { get; init; }

    public double? MinPassPercent { get; init; }

    public string? KnownFailuresFile { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <exception cref="ArgumentException">An unknown option or a missing or malformed value.</exception>
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RunnerOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value(string option) =>
                i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{option} needs a value.");

            double Number(string option, double min)
            {
                var text = Value(option);
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min
                    ? number
                    : throw new ArgumentException($"{option} needs a number ≥ {min}; got '{text}'.");
            }

            var arg = args[i];
            options = arg switch
            {
                "--filter" => options with { Filter = Value(arg) },
                "--verbose" or "-v" => options with { Verbose = true },
                "--json" => options with { JsonFile = Value(arg) },
                "--min-pass" => options with { MinPassPercent = Number(arg, 0) },
                "--write-known-failures" => options with { KnownFailuresFile = Value(arg) },
                "--timeout" => options with { Timeout = TimeSpan.FromSeconds(Number(arg, 0.1)) },
                "--parallel" => options with { Parallelism = (int)Number(arg, 1) },
                _ when arg.StartsWith('-') => throw new ArgumentException($"unknown option '{arg}'."),
                _ when options.FeaturesFolder is null => options with { FeaturesFolder = arg },
                _ => throw new ArgumentException($"only one features folder may be given; '{arg}' is a second one."),
            };
        }

        if (options.KnownFailuresFile is not null && options.Filter is not null)
        {
            // The list names every failing scenario of the TCK; written from a filtered run it would drop the others.
            throw new ArgumentException("--write-known-failures needs a run of the whole TCK; it cannot be combined with --filter.");
        }

        return options;
    }
}
