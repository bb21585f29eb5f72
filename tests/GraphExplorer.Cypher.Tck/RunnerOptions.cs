using System.Globalization;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Cypher.Tck.Runner;

/// <summary>The runner's command line: <c>[features-folder] [--filter s] [--verbose] [--json file] [--min-pass %]
/// [--write-known-failures file] [--timeout seconds] [--parallel n] [--backend b] [--import-directory dir]</c>.</summary>
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
          --backend <b>                embedded (default), queryapi (the Neo4j client against the Query API emulator)
                                       or neo4j (GRAPHEXPLORER_TEST_NEO4J_URL, or Docker); default: GRAPHEXPLORER_TEST_BACKEND
          --import-directory <dir>     where LOAD CSV's file:/// URLs resolve on the embedded backend (default: the
                                       features folder's import folder, if it has one; elsewhere the server's own)
        """;

    public string? FeaturesFolder { get; init; }

    public string? Filter { get; init; }

    public bool Verbose { get; init; }

    public string? JsonFile { get; init; }

    public double? MinPassPercent { get; init; }

    public string? KnownFailuresFile { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Where the scenarios run (see <see cref="TestBackend"/>).</summary>
    public TestBackendKind Backend { get; init; } = TestBackend.Kind;

    /// <summary>The embedded databases' import directory for LOAD CSV; null: the features folder's <c>import</c>, if any.</summary>
    public string? ImportDirectory { get; init; }

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
                "--backend" => options with { Backend = ParseBackend(Value(arg)) },
                "--import-directory" => options with { ImportDirectory = Value(arg) },
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

    private static TestBackendKind ParseBackend(string value)
    {
        try
        {
            return TestBackend.Parse(value);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException($"--backend: {e.Message}");
        }
    }
}
