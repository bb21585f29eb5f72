using System.Text.Json;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// A page under test with what it reported: console errors and uncaught exceptions (collected from before the first
/// navigation), plus the artefacts a test leaves (screenshots) and the accessibility audit (axe-core).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly ServerProcess server;
    private readonly List<string> errors = [];

    internal BrowserPage(IBrowserContext context, IPage page, ServerProcess server)
    {
        this.context = context;
        this.server = server;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"page error: {error}");
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    /// <summary>The last lines of the server's log, for failure messages.</summary>
    public string ServerOutput => string.Join('\n', server.Output.Split('\n').TakeLast(15));

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/<paramref name="name"/>.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(BrowserEnvironment.ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserEnvironment.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Runs axe-core (WCAG 2 A/AA and best practices, colour contrast included: this is a real browser) on the page
    /// as it is now and returns its serious and critical violations, one line each. <paramref name="disabledRules"/>
    /// turns rules off by id, for markup the project does not own (each caller says why).
    /// </summary>
    public async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(params string[] disabledRules)
    {
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline script) does not
            // govern; a <script> tag with the source inline would be refused by it.
            await Page.EvaluateAsync(await File.ReadAllTextAsync(BrowserEnvironment.AxeScript));
        }

        var violations = await Page.EvaluateAsync<JsonElement>(
            """
            async (disabled) => {
              const rules = Object.fromEntries(disabled.map(id => [id, { enabled: false }]));
              const results = await window.axe.run(document, { resultTypes: ['violations'], rules });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')})`);
            }
            """, disabledRules);
        return [.. violations.EnumerateArray().Select(item => item.GetString() ?? "")];
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private void Record(string error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }
}
