using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;
using static GraphExplorer.Browser.Tests.Infrastructure.SignInSteps;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// A restricted tie in the explorer: a steward marks LuxProvide's part in its letter of intent with JAXA
/// <c>restricted</c>; a desk officer, whose role sees up to <c>internal</c>, opens LuxProvide and finds neither the tie
/// nor the letter (reachable from LuxProvide only through it), and one connection fewer; a negotiator, whose role sees
/// <c>restricted</c>, opens it and finds both.
/// </summary>
[Collection(RestrictedTieBrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class RestrictedTieTests(RestrictedTieBrowserHost host)
{
    private const string LuxProvide = "LuxProvide";
    private const string LuxProvideLetter = "Lettre d’intention entre LuxProvide et la JAXA";
    private const string OpenLuxProvide = "/?e=org%3Aluxprovide";

    private const string Restrict = """
        mutation ($input: LinkInput!) { link(input: $input) { audit { steward target } } }
        """;

    [BrowserFact]
    public async Task A_tie_a_steward_restricted_is_hidden_from_a_desk_officer_and_shown_to_a_negotiator()
    {
        await RestrictLuxProvidesPartInTheLetterAsync();

        int drawn;
        int connections;
        await using (var deskOfficer = await SignedInAtLuxProvideAsync(RestrictedTieBrowserHost.DeskOfficer, RestrictedTieBrowserHost.DeskOfficerPassword))
        {
            var page = deskOfficer.Page;
            drawn = await NodesDrawnAsync(page);
            // The details are complete once their sources show: only then is the letter's absence from them telling.
            await Assertions.Expect(PanelSection(Details(page), "Sources").Locator(".citation").First).ToBeVisibleAsync(Soon);
            await Assertions.Expect(Details(page).GetByRole(AriaRole.Button, new() { Name = LuxProvideLetter })).ToHaveCountAsync(0);
            var rows = await ListRowsAsync(page);
            await Assertions.Expect(Row(rows, LuxProvideLetter, "Agreement")).ToHaveCountAsync(0);
            connections = await ConnectionsAsync(rows);
            await deskOfficer.ScreenshotAsync("restricted-tie-desk-officer");
            deskOfficer.Errors.Should().BeEmpty(deskOfficer.ServerOutput);
        }

        await using var negotiator = await SignedInAtLuxProvideAsync(RestrictedTieBrowserHost.Negotiator, RestrictedTieBrowserHost.NegotiatorPassword);
        var negotiatorPage = negotiator.Page;
        (await NodesDrawnAsync(negotiatorPage)).Should().Be(drawn + 1, "the negotiator is also shown the letter");
        var agreements = PanelSection(Details(negotiatorPage), "Agreements and events");
        await Assertions.Expect(agreements.GetByRole(AriaRole.Button, new() { Name = LuxProvideLetter })).ToBeVisibleAsync(Soon);
        var negotiatorRows = await ListRowsAsync(negotiatorPage);
        await Assertions.Expect(Row(negotiatorRows, LuxProvideLetter, "Agreement")).ToBeVisibleAsync();
        (await ConnectionsAsync(negotiatorRows)).Should().Be(connections + 1, "the restricted tie counts among LuxProvide's connections for the negotiator only");
        await negotiator.ScreenshotAsync("restricted-tie-negotiator");
        negotiator.Errors.Should().BeEmpty(negotiator.ServerOutput);
    }

    /// <summary>The steward, signed in through the browser, marks the existing tie restricted with the <c>link</c>
    /// mutation, citing the article that states it.</summary>
    private async Task RestrictLuxProvidesPartInTheLetterAsync()
    {
        await using var steward = await SignedInAtLuxProvideAsync(SignInBrowserHost.Steward, SignInBrowserHost.StewardPassword);
        var change = await GraphQLAsync(steward.Page, Restrict, new
        {
            input = new
            {
                from = "org:luxprovide",
                to = "agr:luxprovide-jaxa-loi-2024",
                type = "PARTY_TO",
                citation = new { source = "src:001-20df84f1ae021dc9", quote = "LuxProvide et la JAXA ont formalisé leur collaboration" },
                visibility = "restricted",
            },
        });
        change.Body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        change.Body.GetProperty("data").GetProperty("link").GetProperty("audit").GetProperty("steward").GetString().Should().Be(SignInBrowserHost.Steward);
    }

    /// <summary>Opens the explorer on LuxProvide, signs in as <paramref name="user"/> at the provider and waits to be
    /// back on LuxProvide's details.</summary>
    private async Task<BrowserPage> SignedInAtLuxProvideAsync(string user, string password)
    {
        var browser = await host.OpenAsync(OpenLuxProvide);
        var page = browser.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your organisation’s account" }).ClickAsync();
        await SubmitLoginAsync(page, user, password);
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = LuxProvide, Level = 2 })).ToBeVisibleAsync(Soon);
        return browser;
    }

    /// <summary>How many nodes the opening drew, from the status line the reader is shown once LuxProvide's
    /// connections have arrived.</summary>
    private static async Task<int> NodesDrawnAsync(IPage page)
    {
        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added to the graph" });
        await Assertions.Expect(status).ToBeVisibleAsync(Soon);
        var count = Regex.Match(await status.InnerTextAsync(), @"Added to the graph: (\d+)\.");
        count.Success.Should().BeTrue(await status.InnerTextAsync());
        return int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>LuxProvide's count in the list's "Connections" column.</summary>
    private static async Task<int> ConnectionsAsync(ILocator rows) =>
        int.Parse(await Row(rows, LuxProvide, "Organisation").Locator("td.number").InnerTextAsync(), CultureInfo.InvariantCulture);
}
