using System.Globalization;

namespace GraphExplorer.Benchmarks;

/// <summary>Facts about the machine recorded next to every figure (it is shared with other work).</summary>
internal static class Machine
{
    /// <summary>The 1-minute load average from /proc/loadavg, or -1 where there is none.</summary>
    public static double LoadAverage()
    {
        var text = LoadAverages();
        return text is null ? -1 : double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>The 1, 5 and 15-minute load averages as /proc/loadavg gives them, or null.</summary>
    public static string? LoadAverages() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    public static string Describe() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, workstation GC");
}
