using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// The map view against the seeded database: the places of what the graph shows (Tokyo and what is in it) on the
/// offline world map shipped with the client, the same selection as the graph, and the toggle back to the graph.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class MapViewTests(BrowserHost host)
{
    [BrowserFact]
    public async Task The_map_tab_draws_the_places_shown_from_the_server_alone_and_a_marker_selects_its_place()
    {
        await using var browser = await host.OpenAsync("/?e=place:tokyo&x=place:tokyo");
        var page = browser.Page;
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = "Tokyo", Level = 2 })).ToBeVisibleAsync(Soon);
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };

        await page.GetByRole(AriaRole.Tab, new() { Name = "Map" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]view=map"));
        var map = page.GetByRole(AriaRole.Img, new() { Name = "Map of where the entities shown are" });
        await Assertions.Expect(map).ToBeVisibleAsync(Soon);
        (await map.Locator(".map-country").CountAsync()).Should().BeGreaterThan(100, "the world map is drawn");
        var tokyo = map.Locator(".map-marker[data-place='place:tokyo']");
        await Assertions.Expect(tokyo).ToBeVisibleAsync();
        await Assertions.Expect(map.Locator(".map-label[data-place='place:tokyo']")).ToHaveTextAsync("Tokyo");
        var places = page.Locator(".map-places > li[data-place='place:tokyo']");
        (await places.Locator("button").CountAsync()).Should().BeGreaterThan(1, "Tokyo holds itself and what is located or held in it");
        await Assertions.Expect(page.Locator(".map-side")).ToContainTextAsync("reference coordinates");
        await browser.ScreenshotAsync("explorer-map-tokyo");

        // The list of places chooses an entity as the graph does: its details open and the address says so.
        var entity = places.Locator("button").Nth(1);
        var name = await entity.InnerTextAsync();
        await entity.ClickAsync();
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = name, Level = 2 })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]e=(?!place%3Atokyo)"));

        // A click on the marker selects the place itself.
        await tokyo.Locator("circle").ClickAsync();
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = "Tokyo", Level = 2 })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(map.Locator(".map-marker.is-selected")).ToHaveAttributeAsync("data-place", "place:tokyo");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the map view is accessible");

        lock (requests)
        {
            requests.Should().NotBeEmpty("the map's renderer is loaded when the map is first shown")
                .And.OnlyContain(url => url.StartsWith(host.BaseAddress.ToString(), StringComparison.Ordinal)
                    // A worker the page starts from its own code (the layout's) is a blob: URL of the same origin.
                    || url.StartsWith("blob:" + host.BaseAddress.ToString(), StringComparison.Ordinal),
                    "the map needs nothing but the explorer's own server");
        }

        // And back to the graph: the same selection, drawn by the graph's renderer.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Graph" }).ClickAsync();
        await Assertions.Expect(page.Locator("#graph-canvas")).ToBeVisibleAsync();
        await Assertions.Expect(map).ToBeHiddenAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("[?&]view="));
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
