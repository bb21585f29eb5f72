using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// A diplomat on a phone (390 px wide): the panels stack above the graph, so choosing a search result must bring the
/// graph into view, and the list view scrolls inside itself rather than widening the page. The filters and the
/// details are drawers that open over the graph.
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

    [BrowserFact]
    public async Task On_a_phone_the_filters_and_the_details_are_drawers_over_the_graph()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/?e=org:jaxa&x=org:jaxa");
        var sidebar = page.Locator("#sidebar");
        var details = page.Locator("#details-panel");
        var tools = page.GetByRole(AriaRole.Button, new() { Name = "Filters and tools" });
        var detailsButton = page.GetByRole(AriaRole.Button, new() { Name = "Details", Exact = true });

        // The graph comes first; both panels wait off the screen.
        await Assertions.Expect(page.Locator("#graph-canvas")).ToBeInViewportAsync(new() { Ratio = 0.9f, Timeout = 10_000 });
        await Assertions.Expect(sidebar).ToBeHiddenAsync();
        await Assertions.Expect(details).ToBeHiddenAsync();

        await tools.ClickAsync();
        await Assertions.Expect(tools).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(sidebar.GetByRole(AriaRole.Heading, new() { Name = "Filters" })).ToBeInViewportAsync();
        await browser.ScreenshotAsync("phone-tools-drawer");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the open drawer is accessible");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(sidebar).ToBeHiddenAsync();
        await Assertions.Expect(tools).ToBeFocusedAsync();

        await detailsButton.ClickAsync();
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = "Japan Aerospace Exploration Agency", Level = 2 })).ToBeInViewportAsync(new() { Timeout = 15_000 });
        await details.Locator(".drawer-close").ClickAsync();
        await Assertions.Expect(details).ToBeHiddenAsync();
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "a closed drawer does not widen the page");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task On_a_phone_choosing_a_hub_opens_the_details_drawer_on_its_neighbours_by_kind()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        var details = page.Locator("#details-panel");
        await Assertions.Expect(details).ToBeHiddenAsync();

        await ChooseAsync(page, page.GetByRole(AriaRole.Combobox, new() { Name = "Search" }), "Japan", "Japan");

        // The offer is what the expansion answers: the drawer holding it opens, or the choice would seem to do nothing.
        var groups = details.GetByRole(AriaRole.Region, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Japan: \\d+ connections$") });
        await Assertions.Expect(groups).ToBeInViewportAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Details", Exact = true })).ToHaveAttributeAsync("aria-expanded", "true");
        await browser.ScreenshotAsync("phone-japan-groups-drawer");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the drawer opened on the offer is accessible");

        // Opening a group draws it on the graph once the drawer is closed.
        await groups.Locator("li[data-type='ORGANIZATION']").GetByRole(AriaRole.Button, new() { Name = "Show the first 10" }).ClickAsync();
        await details.Locator(".drawer-close").ClickAsync();
        await Assertions.Expect(details).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#graph-canvas")).ToBeInViewportAsync(new() { Ratio = 0.5f });
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
