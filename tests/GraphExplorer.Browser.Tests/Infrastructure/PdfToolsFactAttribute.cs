namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// A browser test that also reads a PDF with poppler's <c>pdftotext</c> and <c>pdftoppm</c> (Debian's poppler-utils):
/// skipped, with the reason, when the browser tests cannot run or those tools are absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PdfToolsFactAttribute : FactAttribute
{
    public const string PdfToText = "/usr/bin/pdftotext";
    public const string PdfToPpm = "/usr/bin/pdftoppm";

    public PdfToolsFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
        else if (!File.Exists(PdfToText) || !File.Exists(PdfToPpm))
        {
            Skip = $"{PdfToText} or {PdfToPpm} is absent: install poppler-utils (apt-get install -y poppler-utils) to read the briefing PDF.";
        }
    }
}
