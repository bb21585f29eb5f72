using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// The search box as a diplomat types in it (issue #13): a typing error, an unfinished word and a name without its
/// accent still put the entity meant first, through the full-text index.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class SearchBoxTests(BrowserHost host)
{
    [BrowserFact]
    public async Task A_typo_an_unfinished_word_and_a_missing_accent_still_list_the_entity_first()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search" });

        // The list shows the English name first ("Wallonia", then what matched: "Wallonie").
        foreach (var (typed, expected) in new[] { ("Rakutem", "^Rakuten"), ("Walloni", "^Wallonia"), ("Liege", "^Liège") })
        {
            await box.FillAsync(typed);
            await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToHaveTextAsync(new Regex(expected), new() { Timeout = Soon.Timeout });
        }

        await browser.ScreenshotAsync("explorer-search-typo");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Two_names_that_match_nothing_together_offer_their_connection_and_trace_it()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search" });

        await box.FillAsync("Rakutem");
        await Assertions.Expect(page.Locator(".search-close")).ToContainTextAsync("these are close spellings", new() { Timeout = Soon.Timeout });

        await box.FillAsync("Vitagora Kumamoto");
        var offer = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Find the connections between Vitagora and Kumamoto") });
        await Assertions.Expect(offer).ToBeVisibleAsync(Soon);
        await offer.ClickAsync();

        var finder = page.Locator(".path-finder");
        await Assertions.Expect(finder.Locator(".path-list li, .path-no-documented-link").First).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]pf=org(%3A|:)vitagora.*[?&]pt=place(%3A|:)kumamoto"));
        await browser.ScreenshotAsync("explorer-two-name-search");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
