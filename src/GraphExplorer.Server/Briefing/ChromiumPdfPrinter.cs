using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Briefing;

/// <summary>
/// Prints a page of this server to PDF with headless Chromium (<c>--print-to-pdf</c>): a real layout engine with the
/// page's print CSS (A4), fonts and SVG, not a PDF writer of our own. Chromium waits for the page's data before
/// printing through a virtual-time budget: virtual time does not advance while requests are pending, so the page's
/// GraphQL requests finish and its document is built before the budget runs out.
/// Thread-safety: one instance serves every request; at most <see cref="BriefingPdfOptions.MaxConcurrent"/> Chromium
/// processes run at once, each in its own temporary profile folder, deleted afterwards.
/// </summary>
internal sealed class ChromiumPdfPrinter(IOptions<BriefingPdfOptions> options, ILogger<ChromiumPdfPrinter> logger)
{
    /// <summary>Virtual time the page may use (its timers); real requests pause it, so this is not a wall-clock wait.</summary>
    private const int VirtualTimeBudgetMs = 30_000;

    private readonly BriefingPdfOptions settings = options.Value;
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.MaxConcurrent));

    /// <summary>The longest one print may take, waiting for a slot included (<c>Briefing:TimeoutSeconds</c>).</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(settings.TimeoutSeconds);

    /// <summary>Refuses at once, naming the setting, when there is no Chromium to print <paramref name="page"/> with.</summary>
    public void EnsureChromium(string page)
    {
        if (!File.Exists(settings.ChromiumPath))
        {
            throw new BriefingPdfException(BriefingPdfFailureKind.ChromiumMissing,
                $"PDF rendering needs Chromium, which is not at {settings.ChromiumPath} (setting Briefing:ChromiumPath; on Debian: apt-get install chromium). " +
                $"The printable page is {page}: print it from the browser instead.");
        }
    }

    public async Task<byte[]> PrintAsync(Uri page, CancellationToken cancellationToken)
    {
        EnsureChromium(page.ToString());
        var limit = Timeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await slots.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(page, limit);
        }

        var folder = Directory.CreateTempSubdirectory("graphexplorer-briefing-");
        try
        {
            return await RunChromiumAsync(page, folder.FullName, limit, timeout.Token, cancellationToken);
        }
        finally
        {
            slots.Release();
            TryDelete(folder);
        }
    }

    private async Task<byte[]> RunChromiumAsync(Uri page, string folder, TimeSpan limit, CancellationToken timeout, CancellationToken caller)
    {
        var pdf = Path.Combine(folder, "briefing.pdf");
        var start = new ProcessStartInfo(settings.ChromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
            $"--user-data-dir={Path.Combine(folder, "profile")}",
            $"--virtual-time-budget={VirtualTimeBudgetMs.ToString(CultureInfo.InvariantCulture)}",
            $"--print-to-pdf={pdf}",
            page.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new BriefingPdfException(BriefingPdfFailureKind.ChromiumFailed, $"{settings.ChromiumPath} did not start.");
        // Both streams are drained as they come, so a talkative Chromium never blocks on a full pipe.
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(timeout);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            caller.ThrowIfCancellationRequested();
            throw TimedOut(page, limit);
        }

        await Task.WhenAll(output, errors);
        if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
        {
            var said = string.Join('\n', (await errors).Split('\n').Where(line => line.Contains("ERROR", StringComparison.Ordinal) && !line.Contains("dbus", StringComparison.Ordinal)).TakeLast(5));
            throw new BriefingPdfException(BriefingPdfFailureKind.ChromiumFailed,
                $"{settings.ChromiumPath} exited with code {process.ExitCode} without writing the PDF of {page}." + (said.Length > 0 ? $" It said: {said}" : ""));
        }

        logger.LogInformation("Printed {Page} to PDF ({Bytes} bytes)", page, new FileInfo(pdf).Length);
        return await File.ReadAllBytesAsync(pdf, caller);
    }

    private static BriefingPdfException TimedOut(Uri page, TimeSpan limit) =>
        new(BriefingPdfFailureKind.TimedOut,
            $"Printing {page} took longer than {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (setting Briefing:TimeoutSeconds).");

    private void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException exception)
        {
            logger.LogWarning("Could not delete the briefing rendering folder {Folder}: {Message}", folder.FullName, exception.Message);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.LogWarning("Could not delete the briefing rendering folder {Folder}: {Message}", folder.FullName, exception.Message);
        }
    }
}
