namespace GraphExplorer.Server.Briefing;

/// <summary>Why a briefing pack could not be printed, and the HTTP status that says so.</summary>
internal enum BriefingPdfFailureKind
{
    /// <summary>No Chromium at the configured path (503).</summary>
    ChromiumMissing,

    /// <summary>The server knows no local address Chromium could load the page from (503).</summary>
    NoLocalAddress,

    /// <summary>The rendering, or the wait for a free one, took longer than the limit (504).</summary>
    TimedOut,

    /// <summary>Chromium exited without writing the PDF (502).</summary>
    ChromiumFailed,
}

/// <summary>A briefing pack that could not be printed: the kind, and a message naming what and where.</summary>
internal sealed class BriefingPdfException(BriefingPdfFailureKind kind, string message) : Exception(message)
{
    public BriefingPdfFailureKind Kind { get; } = kind;

    public int StatusCode => Kind switch
    {
        BriefingPdfFailureKind.ChromiumMissing or BriefingPdfFailureKind.NoLocalAddress => StatusCodes.Status503ServiceUnavailable,
        BriefingPdfFailureKind.TimedOut => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status502BadGateway,
    };
}
