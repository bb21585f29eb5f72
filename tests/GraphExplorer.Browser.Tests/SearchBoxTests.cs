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
}
