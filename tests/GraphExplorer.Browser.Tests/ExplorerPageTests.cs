using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests;

/// <summary>The explorer's page (client/index.html at /) as it opens, before any search.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class ExplorerPageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Opens_with_its_landmarks_and_no_console_error()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "GraphExplorer", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Search" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Graph" })).ToHaveAttributeAsync("aria-selected", "true");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await browser.ScreenshotAsync("explorer-welcome");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Example_query_links_open_the_IDE_with_the_query_in_the_fragment()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;

        await page.GetByText("Example queries").ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Search by name" });
        var href = await link.GetAttributeAsync("href");
        href.Should().StartWith("/graphql#query=").And.NotContain("?");

        // Followed in the same tab: the server shows the IDE (a GET without `query`), which opens the linked query.
        await page.GotoAsync(href!);
        await Assertions.Expect(page.Locator(".graphiql-tab-active")).ToContainTextAsync("Search", new() { Timeout = 20_000 });
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Welcome_timeline_and_list_views_have_no_serious_or_critical_accessibility_violations()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Search" })).ToBeVisibleAsync();

        var violations = new List<string>();
        violations.AddRange((await browser.SeriousAccessibilityViolationsAsync()).Select(v => "graph: " + v));
        foreach (var view in new[] { "Timeline", "List" })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = view }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = view })).ToHaveAttributeAsync("aria-selected", "true");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            violations.AddRange((await browser.SeriousAccessibilityViolationsAsync()).Select(v => $"{view}: {v}"));
        }

        violations.Should().BeEmpty();
    }
}
