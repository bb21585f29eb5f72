using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// A diplomat on a phone (390 px wide): the panels stack above the graph, so choosing a search result must bring the
/// graph into view, and the list view scrolls inside itself rather than widening the page.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class SmallScreenTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Choosing_a_result_on_a_phone_brings_the_graph_into_view_and_the_list_scrolls_inside_itself()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search" }).FillAsync("JAXA");
        var hit = page.GetByRole(AriaRole.Option, new() { Name = "Japan Aerospace Exploration Agency" });
        await Assertions.Expect(hit).ToBeVisibleAsync(Soon);
        await hit.ClickAsync();

        await Assertions.Expect(page.Locator("#graph-canvas")).ToBeInViewportAsync(new() { Ratio = 0.5f, Timeout = 10_000 });
        await browser.ScreenshotAsync("phone-jaxa-graph");

        await page.GetByRole(AriaRole.Tab, new() { Name = "List" }).ClickAsync();
        await Assertions.Expect(page.Locator(".entity-table")).ToBeVisibleAsync(Soon);
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        pageWidth.Should().BeLessThanOrEqualTo(390, "the table scrolls inside its own box, not the whole page");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
