using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// "What changed": two days, then what appeared in the sources between them, the new ties highlighted in the graph,
/// and a link that reproduces it.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class ChangesBetweenDatesTests(BrowserHost host)
{
    private const string LsaAgreement = "Accord de coopération entre la JAXA et la Luxembourg Space Agency";

    [BrowserFact]
    public async Task Two_days_in_June_2024_list_the_JAXA_agreements_highlight_them_and_stay_in_the_link()
    {
        await using var browser = await host.OpenAsync("/?e=org%3Ajaxa&x=org%3Ajaxa");
        var page = browser.Page;
        await OpenSidebarSectionAsync(page, "time");

        await page.Locator(".changes-from").FillAsync("2024-06-01");
        await page.Locator(".changes-to").FillAsync("2024-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what changed" }).ClickAsync();

        var agreement = page.Locator(".change-agreement").Filter(new() { HasText = LsaAgreement });
        await Assertions.Expect(agreement).ToBeVisibleAsync(Soon);
        await Assertions.Expect(agreement).ToHaveClassAsync(new Regex("change-in-graph"));
        await Assertions.Expect(agreement.Locator(".change-date")).ToHaveTextAsync("June 2024");
        await Assertions.Expect(page.Locator(".changes-summary")).ToContainTextAsync("highlighted with their new ties");
        await Assertions.Expect(page.Locator(".change-partner_pair").First).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]cf=2024-06-01&ct=2024-06-30"));
        await browser.ScreenshotAsync("changes-june-2024");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".change-agreement").Filter(new() { HasText = LsaAgreement })).ToHaveClassAsync(new Regex("change-in-graph"), new() { Timeout = Soon.Timeout });
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
