using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// Expanding a hub against the seeded database: Japan's 50-odd neighbours are offered by kind instead of drawn at
/// once; a group opens ten at a time, the link replays what was opened, and "draw all" expands the hub whole.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class GroupedExpansionTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Choosing_Japan_offers_its_neighbours_by_kind_and_opens_ten_organisations_at_a_time()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;

        await ChooseAsync(page, page.GetByRole(AriaRole.Combobox, new() { Name = "Search" }), "Japan", "Japan");

        var groups = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Japan: \\d+ connections$") });
        await Assertions.Expect(groups).ToBeVisibleAsync(Soon);
        var organisations = groups.Locator("li[data-type='ORGANIZATION']");
        await Assertions.Expect(organisations).ToContainTextAsync(new Regex("Organisations: 0 of \\d+ drawn"));
        await Assertions.Expect(page.Locator(".status-line")).ToContainTextAsync("choose which to draw");
        var rows = await ListRowsAsync(page);
        (await rows.CountAsync()).Should().Be(1, "only Japan is drawn until a group is opened");
        await browser.ScreenshotAsync("explorer-japan-groups");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the offer of groups is accessible");

        await organisations.GetByRole(AriaRole.Button, new() { Name = "Show the first 10" }).ClickAsync();

        await Assertions.Expect(organisations).ToContainTextAsync(new Regex("Organisations: 10 of \\d+ drawn"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]g=ORGANIZATION%3A10%3Aplace%3Ajapan"));
        await Assertions.Expect(rows).ToHaveCountAsync(11);

        // The link replays the opened group, not the whole hub, and offers the rest again.
        await page.GotoAsync(page.Url);
        await Assertions.Expect(page.Locator("#panel-list tbody tr")).ToHaveCountAsync(11, new() { Timeout = 15_000 });
        await Assertions.Expect(organisations).ToContainTextAsync(new Regex("Organisations: 10 of \\d+ drawn"), new() { Timeout = 15_000 });

        // Drawing everything expands Japan like any node: the offer closes and the link says "expanded".
        await groups.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Draw all \\d+ connections$") }).ClickAsync();
        await Assertions.Expect(groups).ToBeHiddenAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]x=place%3Ajapan"));
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("[?&]g="));
        (await page.Locator("#panel-list tbody tr").CountAsync()).Should().BeGreaterThan(25);
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
