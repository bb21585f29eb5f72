using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>Where things are on the explorer's page, and the few steps every journey repeats (English interface).</summary>
public static class ExplorerLocators
{
    public static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    public static async Task<ILocator> ListRowsAsync(IPage page)
    {
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = "List" });
        if (await tab.GetAttributeAsync("aria-selected") != "true")
        {
            await tab.ClickAsync();
        }

        var rows = page.Locator("#panel-list tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(Soon);
        return rows;
    }

    /// <summary>The list row of <paramref name="name"/>, of that kind of entity (an agreement's title may name an organisation).</summary>
    public static ILocator Row(ILocator rows, string name, string entityKind) =>
        rows.Filter(new() { HasText = name }).Filter(new() { Has = rows.Page.GetByRole(AriaRole.Cell, new() { Name = entityKind, Exact = true }) }).First;

    public static async Task OpenSidebarSectionAsync(IPage page, string key)
    {
        var section = page.Locator($"details[data-section='{key}']");
        if (await section.GetAttributeAsync("open") is null)
        {
            await section.Locator("summary").ClickAsync();
        }
    }

    public static ILocator Details(IPage page) => page.GetByRole(AriaRole.Complementary, new() { Name = "Details" });

    public static ILocator PanelSection(ILocator details, string title) =>
        details.Locator(".panel-section").Filter(new() { Has = details.Page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });

    public static async Task ChooseAsync(IPage page, ILocator combobox, string text, string option)
    {
        await combobox.FillAsync(text);
        var hit = page.GetByRole(AriaRole.Option, new() { Name = option }).First;
        await Assertions.Expect(hit).ToBeVisibleAsync(Soon);
        await hit.ClickAsync();
    }

    public static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string item)
    {
        var menu = page.Locator(".export-menu");
        if (await menu.GetAttributeAsync("open") is null)
        {
            await menu.Locator("summary").ClickAsync();
        }

        var download = await page.RunAndWaitForDownloadAsync(() => menu.GetByRole(AriaRole.Button, new() { Name = item }).ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
