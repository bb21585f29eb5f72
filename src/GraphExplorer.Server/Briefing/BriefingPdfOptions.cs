namespace GraphExplorer.Server.Briefing;

/// <summary>How the server prints briefing packs to PDF (<c>Briefing</c> section).</summary>
public sealed class BriefingPdfOptions
{
    public const string Section = "Briefing";

    /// <summary>The Chromium executable that prints the page (Debian's, as the browser tests use).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Wall-clock limit of one rendering, Chromium's start included; past it Chromium is stopped.</summary>
    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>Renderings run at once; a request waits for a free one within its own time limit.</summary>
    public int MaxConcurrent { get; set; } = 2;
}
