using System.Globalization;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// An agreement whose sources give an expiry within six months is marked « Expiring » wherever it is read: the details
/// panel says so with the month it expires, and the list's Status column carries the word badge whose tooltip says why
/// and that the explorer derived it. The expiry is the fixture's test data (<see cref="AgreementTermBrowserHost"/>).
/// </summary>
[Collection(AgreementTermBrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class AgreementTermTests(AgreementTermBrowserHost host)
{
    private const string LsaAgreement = "Accord de coopération entre la JAXA et la Luxembourg Space Agency";

    [BrowserFact]
    public async Task An_expiring_agreement_is_marked_in_words_with_why_in_the_details_and_the_list()
    {
        await host.SetExpiryAsync();
        var month = AgreementTermBrowserHost.Expiry.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

        await using var browser = await host.OpenAsync("/?e=agr%3Alsa-jaxa-2024&x=agr%3Alsa-jaxa-2024");
        var page = browser.Page;
        var term = Details(page).Locator(".term[data-mark='expiring']");
        await Assertions.Expect(term).ToBeVisibleAsync(Soon);
        await Assertions.Expect(term).ToHaveTextAsync($"Expiring — expires {month}, within 6 months");
        await Assertions.Expect(term).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("not stated by a source"));

        var rows = await ListRowsAsync(page);
        var badge = Row(rows, LsaAgreement, "Agreement").Locator("td.status .agreement-mark[data-mark='expiring']");
        await Assertions.Expect(badge).ToHaveTextAsync("Expiring");
        await Assertions.Expect(badge).ToHaveAttributeAsync("title", $"expires {month}, within 6 months. Derived by the explorer from the expiry or renewal date its sources give, not stated by a source.");
        await browser.ScreenshotAsync("agreement-expiring-list");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
