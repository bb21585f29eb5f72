using System.Globalization;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// The figures of one API benchmark run in milliseconds, as a Markdown table for people and a JSON file for tools.
/// Every figure carries the 1-minute load average measured when it was taken.
/// </summary>
internal sealed class ApiReport(string title, string conditions)
{
    private readonly List<ApiFigure> figures = [];
    private readonly List<(string Name, string Value)> checks = [];

    public void Add(string measure, HttpLatency m)
    {
        var figure = new ApiFigure(measure, m.Clients, m.Percentile(50), m.Percentile(90), m.Percentile(99), m.Mean, m.PerSecond, m.Count, m.LoadAverage);
        figures.Add(figure);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{measure}: p50 {figure.P50:N2} ms, p90 {figure.P90:N2} ms, p99 {figure.P99:N2} ms, {figure.PerSecond:N0}/s, n={figure.Count}  [load {figure.LoadAverage:N2}]"));
    }

    public void Value(string measure, double value, string unit)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{measure}: {value:N1} {unit}"));
        checks.Add((measure, string.Create(CultureInfo.InvariantCulture, $"{value:N1} {unit} (load {Machine.LoadAverage():N2})")));
    }

    /// <summary>What a request answered (hits, nodes): the same data and code must give the same answers.</summary>
    public void Check(string name, string value)
    {
        checks.Add((name, value));
        Console.WriteLine($"check {name}: {value}");
    }

    public void Write(string markdownPath)
    {
        var md = Report.Start(markdownPath, title, conditions);
        md.AppendLine("| request | clients | p50 | p90 | p99 | mean | requests/s | n | load avg (1 min) |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var f in figures)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Request} | {f.Clients} | {f.P50:N2} ms | {f.P90:N2} ms | {f.P99:N2} ms | {f.Mean:N2} ms | {f.PerSecond:N0} | {f.Count} | {f.LoadAverage:N2} |");
        }

        md.AppendLine();
        md.AppendLine("Answers and conditions:");
        md.AppendLine();
        foreach (var (name, value) in checks)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {name}: {value}");
        }

        Report.WriteFiles(markdownPath, md.ToString(), new
        {
            title,
            conditions,
            date = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            machine = Machine.Describe(),
            unit = "ms",
            figures,
            checks = checks.Select(c => new { c.Name, c.Value }),
        });
    }
}

/// <summary>One latency figure in milliseconds.</summary>
internal sealed record ApiFigure(string Request, int Clients, double P50, double P90, double P99, double Mean, double PerSecond, int Count, double LoadAverage);
