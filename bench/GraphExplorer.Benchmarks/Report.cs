using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// The figures of one benchmark run, written as a Markdown table for people and a JSON file for tools (the peer
/// comparison reads it). Every figure carries the 1-minute load average measured when it was taken.
/// </summary>
internal sealed class Report(string title, string conditions)
{
    private readonly List<Figure> figures = [];
    private readonly SortedDictionary<string, object> checks = new(StringComparer.Ordinal);
    private readonly List<string> notes = [];

    public void Add(Figure figure)
    {
        figures.Add(figure);
        Console.WriteLine($"{figure.Measure}: {figure.Value}{(figure.P50 is null ? "" : string.Create(CultureInfo.InvariantCulture, $" (p50 {figure.P50:N1} µs, p99 {figure.P99:N1} µs, CPU {figure.CpuPerOperation:N1} µs, n={figure.Iterations})"))}  [load {figure.LoadAverage:N2}]");
    }

    /// <summary>A latency figure: the value is the mean, with percentiles and throughput alongside.</summary>
    public void AddLatency(string key, string measure, Measurement m) =>
        Add(new Figure(key, measure, string.Create(CultureInfo.InvariantCulture, $"{m.Mean:N1} µs"), "µs", m.Mean,
            m.Percentile(50), m.Percentile(90), m.Percentile(99), m.PerSecond, m.Count, m.LoadAverage, m.CpuMicrosecondsPerOperation));

    public void AddValue(string key, string measure, double value, string unit, string format = "N0") =>
        Add(new Figure(key, measure, value.ToString(format, CultureInfo.InvariantCulture) + " " + unit, unit, value,
            null, null, null, null, null, Machine.LoadAverage()));

    /// <summary>A result that another engine must reproduce on the same data (so that the timings compare like with like).</summary>
    public void Check(string name, object value)
    {
        checks[name] = value;
        Console.WriteLine($"check {name} = {value}");
    }

    public void Note(string text) => notes.Add(text);

    public void Write(string markdownPath)
    {
        var md = Start(markdownPath, title, conditions);
        md.AppendLine("| measure | value (mean) | p50 | p90 | p99 | ops/s | CPU per op (process) | n | load avg (1 min) |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var f in figures)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Measure} | {f.Value} | {Micro(f.P50)} | {Micro(f.P90)} | {Micro(f.P99)} | {(f.PerSecond is { } r ? r.ToString("N0", CultureInfo.InvariantCulture) : "")} | {Micro(f.CpuPerOperation)} | {f.Iterations} | {f.LoadAverage:N2} |");
        }

        if (checks.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("Result checks (the peer must give the same answers on the same data):");
            md.AppendLine();
            foreach (var (name, value) in checks)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{name}` = {value}");
            }
        }

        if (notes.Count > 0)
        {
            md.AppendLine();
            foreach (var note in notes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }

        WriteFiles(markdownPath, md.ToString(), new
        {
            title,
            conditions,
            date = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            machine = Machine.Describe(),
            figures,
            checks,
            notes,
        });
    }

    /// <summary>A Markdown document begun with its title and conditions; the folder of <paramref name="markdownPath"/> is created.</summary>
    public static StringBuilder Start(string markdownPath, string title, string conditions)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(markdownPath))!);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {title}");
        md.AppendLine();
        md.AppendLine(conditions);
        md.AppendLine();
        return md;
    }

    /// <summary>Writes the Markdown file and, next to it with the extension <c>.json</c>, the JSON one (camelCase, indented).</summary>
    public static void WriteFiles(string markdownPath, string markdown, object json)
    {
        File.WriteAllText(markdownPath, markdown);
        File.WriteAllText(Path.ChangeExtension(markdownPath, ".json"),
            JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        Console.WriteLine($"written to {markdownPath} and {Path.ChangeExtension(markdownPath, ".json")}");
    }

    private static string Micro(double? value) => value is { } v ? v.ToString("N1", CultureInfo.InvariantCulture) + " µs" : "";
}

/// <summary>One figure; latency fields are null for single values such as a load rate. <c>CpuPerOperation</c>: process processor time per repetition (µs).</summary>
internal sealed record Figure(
    string Key, string Measure, string Value, string Unit, double Mean,
    double? P50, double? P90, double? P99, double? PerSecond, int? Iterations, double LoadAverage, double? CpuPerOperation = null);
