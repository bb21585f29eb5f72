using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// "Connections to…" in an entity's details (issue #14): one click opens the path finder with that entity as the
/// start, the other end is typed, and the paths found start from it.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class ConnectionsFromDetailsTests(BrowserHost host)
{
    private const string Jaxa = "Japan Aerospace Exploration Agency";

    [BrowserFact]
    public async Task Connections_to_from_JAXA_details_starts_the_path_finder_at_JAXA()
    {
        await using var browser = await host.OpenAsync("/?e=org:jaxa&x=org:jaxa");
        var page = browser.Page;
        var details = Details(page);
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = Jaxa, Level = 2 })).ToBeVisibleAsync(Soon);
        var pathSection = page.Locator("details[data-section='path']");
        await Assertions.Expect(pathSection).Not.ToHaveAttributeAsync("open", "");

        await details.GetByRole(AriaRole.Button, new() { Name = "Connections to…" }).ClickAsync();

        await Assertions.Expect(pathSection).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "From", Exact = true })).ToHaveValueAsync(new Regex(Jaxa));
        var to = page.GetByRole(AriaRole.Combobox, new() { Name = "To", Exact = true });
        await Assertions.Expect(to).ToBeFocusedAsync();
        await ChooseAsync(page, to, "LuxProvide", "LuxProvide");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync();

        await Assertions.Expect(page.GetByText(new Regex("Paths found: [1-9]"))).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator(".path-text").First).ToContainTextAsync(Jaxa);
        await Assertions.Expect(page.Locator(".path-text").First).ToContainTextAsync("LuxProvide");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]pf=org(%3A|:)jaxa"));
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
