using System.Globalization;

namespace GraphExplorer.GraphQL.Conformance;

/// <summary>The runner's command line (see <see cref="Usage"/>).</summary>
internal sealed record RunnerOptions
{
    public const string Usage = """
        usage: GraphExplorer.GraphQL.Conformance [corpus-folder] [options]
          corpus-folder                   schemas/ plus case files (default: the corpus/ next to this runner)
          --filter <text>                 run only cases whose id contains <text> (case-insensitive)
          --generate <n>                  also run <n> generated documents per corpus schema (default 300; 0 for none)
          --seed <n>                      the generator's seed (default 1)
          --write-generated <folder>      write the generated cases as case files (to replay or to keep)
          --min-pass <percent>            exit 1 when fewer than <percent> of the cases agree
          --known-differences <file>      cases allowed to differ (default: known-differences.txt for the default corpus)
          --write-known-differences <f>   write the disagreeing cases to <f>, keeping reasons already listed
          --verbose                       print every difference of every disagreeing case
        """;

    public string? CorpusFolder { get; init; }

    public string? Filter { get; init; }

    public int Generate { get; init; } = 300;

    public int Seed { get; init; } = 1;

    public string? WriteGeneratedFolder { get; init; }

    public double? MinPassPercent { get; init; }

    public string? KnownDifferencesFile { get; init; }

    public string? WriteKnownDifferencesFile { get; init; }

    public bool Verbose { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a missing or malformed value.</exception>
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RunnerOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value(string option) =>
                i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{option} needs a value.");

            double Number(string option)
            {
                var text = Value(option);
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0
                    ? number
                    : throw new ArgumentException($"{option} needs a number ≥ 0; got '{text}'.");
            }

            var arg = args[i];
            options = arg switch
            {
                "--filter" => options with { Filter = Value(arg) },
                "--generate" => options with { Generate = (int)Number(arg) },
                "--seed" => options with { Seed = (int)Number(arg) },
                "--write-generated" => options with { WriteGeneratedFolder = Value(arg) },
                "--min-pass" => options with { MinPassPercent = Number(arg) },
                "--known-differences" => options with { KnownDifferencesFile = Value(arg) },
                "--write-known-differences" => options with { WriteKnownDifferencesFile = Value(arg) },
                "--verbose" or "-v" => options with { Verbose = true },
                _ when arg.StartsWith('-') => throw new ArgumentException($"unknown option '{arg}'."),
                _ when options.CorpusFolder is null => options with { CorpusFolder = arg },
                _ => throw new ArgumentException($"only one corpus folder may be given; '{arg}' is a second one."),
            };
        }

        if (options.WriteKnownDifferencesFile is not null && options.Filter is not null)
        {
            throw new ArgumentException("--write-known-differences needs a run of every case; it cannot be combined with --filter.");
        }

        return options;
    }
}
