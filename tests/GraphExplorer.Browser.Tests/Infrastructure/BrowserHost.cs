using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// One server and one headless Chromium shared by every browser test (starting them is most of the cost); each test
/// opens its own browser context, so storage and cookies never leak from one test to the next. A fixture of its own
/// derives from it to start the server with other settings (<see cref="ServerSettingsAsync"/>).
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    private ServerProcess? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress => Server.BaseAddress;

    internal ServerProcess Server => server ?? throw new InvalidOperationException("The browser host did not start: " + BrowserEnvironment.SkipReason);

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null)
        {
            return; // Every test is skipped with the reason; nothing to start.
        }

        // Playwright's driver ships in the package (its own node); the browser is Debian's, never a download.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        server = await ServerProcess.StartAsync(await ServerSettingsAsync());
        ServerStarted(server.BaseAddress);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArgs,
        });
    }

    /// <summary>A fresh context and page at 1280×800, recording console errors and uncaught page errors.</summary>
    public async Task<BrowserPage> OpenAsync(string relativeUrl, bool acceptDownloads = false)
    {
        var context = await (browser ?? throw new InvalidOperationException("The browser did not start.")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            AcceptDownloads = acceptDownloads,
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        var probe = new BrowserPage(context, page, Server);
        await page.GotoAsync(relativeUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return probe;
    }

    /// <summary>Settings the server starts with beyond the defaults, as environment variables (none here).</summary>
    protected virtual Task<IReadOnlyDictionary<string, string>> ServerSettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>Called once the server listens at <paramref name="baseAddress"/>.</summary>
    protected virtual void ServerStarted(Uri baseAddress)
    {
    }

    public virtual async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
