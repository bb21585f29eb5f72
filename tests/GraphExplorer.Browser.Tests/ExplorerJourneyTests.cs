using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// What a diplomat does with the explorer, end to end against the seeded database: find JAXA, read its agreements
/// and the sources, grow the graph, filter it, move through time, trace a path, share the view and export it.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class ExplorerJourneyTests(BrowserHost host)
{
    private const string Jaxa = "Japan Aerospace Exploration Agency";
    private const string LuxProvideLetter = "Lettre d’intention entre LuxProvide et la JAXA";
    private const string Lsa = "Luxembourg Space Agency";
    private const string LsaAgreement = "Accord de coopération entre la JAXA et la Luxembourg Space Agency";

    [BrowserFact]
    public async Task Searching_JAXA_and_opening_it_shows_its_agreements_and_the_LuxProvide_letter_with_its_source()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search" }).FillAsync("JAXA");
        var hit = page.GetByRole(AriaRole.Option, new() { Name = Jaxa });
        await Assertions.Expect(hit).ToBeVisibleAsync(Soon);
        await browser.ScreenshotAsync("explorer-search-jaxa");
        await hit.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]e=org(%3A|:)jaxa"));
        var details = Details(page);
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = Jaxa, Level = 2 })).ToBeVisibleAsync(Soon);
        var agreements = PanelSection(details, "Agreements and events");
        await Assertions.Expect(agreements.GetByRole(AriaRole.Button, new() { Name = LuxProvideLetter })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(PanelSection(details, "Sources").Locator(".citation").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("explorer-jaxa");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the graph view with JAXA open is accessible");

        // Following the letter: its own details, with the article that states it and the sentence quoted.
        await agreements.GetByRole(AriaRole.Button, new() { Name = LuxProvideLetter }).ClickAsync();
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = LuxProvideLetter, Level = 2 })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(PanelSection(details, "Parties")).ToContainTextAsync("LuxProvide");
        var citation = PanelSection(details, "Sources").Locator(".citation").Filter(new() { HasText = "LuxProvide" }).First;
        await Assertions.Expect(citation).ToBeVisibleAsync();
        await Assertions.Expect(citation).ToContainTextAsync("Une visite au Japon fructueuse", new() { Timeout = 1_000 });
        await browser.ScreenshotAsync("explorer-luxprovide-letter");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Searching_Osaka_in_French_lists_the_city_first_and_its_details_give_its_Japanese_name()
    {
        await using var browser = await host.OpenAsync("/?lang=fr");
        var page = browser.Page;

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Rechercher" }).FillAsync("Osaka");
        var first = page.GetByRole(AriaRole.Option).First;
        await Assertions.Expect(first).ToHaveTextAsync("Osaka", new() { Timeout = 15_000 });
        await browser.ScreenshotAsync("explorer-search-osaka-fr");
        await first.ClickAsync();

        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "Détails" });
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = "Osaka", Level = 2 })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(details.Locator("dd").Filter(new() { HasText = "大阪" })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Ajoutés au graphe" })).ToBeVisibleAsync(Soon);
        await browser.ScreenshotAsync("explorer-osaka-fr");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the French page with a place open is accessible");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Expanding_a_neighbour_adds_its_connections_and_records_it_in_the_address()
    {
        await using var browser = await OpenJaxaExpandedAsync();
        var page = browser.Page;

        var rows = await ListRowsAsync(page);
        var before = await rows.CountAsync();
        (await Row(rows, Lsa, "Organisation").CountAsync()).Should().Be(0, "the agency is two steps from JAXA, through their agreement");
        await Row(rows, LsaAgreement, "Agreement").DblClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]x=agr(%3A|:)lsa-jaxa-2024"));
        await Assertions.Expect(Row(rows, Lsa, "Organisation")).ToBeVisibleAsync(Soon);
        (await rows.CountAsync()).Should().BeGreaterThan(before);
        await browser.ScreenshotAsync("explorer-list-expanded");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the list view is accessible");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Filtering_by_a_sector_hides_what_is_outside_it_and_clearing_brings_it_back()
    {
        await using var browser = await OpenJaxaExpandedAsync();
        var page = browser.Page;
        var rows = await ListRowsAsync(page);
        var all = await rows.CountAsync();

        await OpenSidebarSectionAsync(page, "filters");
        var sectors = page.GetByRole(AriaRole.Group, new() { Name = "Sectors" });
        await sectors.GetByRole(AriaRole.Checkbox, new() { Name = "Space", Exact = true }).CheckAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]s=sector(%3A|:)space"));
        await Assertions.Expect(page.GetByText(new Regex("Hidden by filters: [1-9]"))).ToBeVisibleAsync(Soon);
        (await rows.CountAsync()).Should().BeLessThan(all);

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset filters" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(all);
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Moving_the_time_slider_sets_the_window_in_the_address_and_the_summary()
    {
        // JAXA's connections are all of 2024; the Luxembourg Space Agency's reach into 2025.
        await using var browser = await OpenJaxaExpandedAsync("&x=org:luxembourg-space-agency");
        var page = browser.Page;
        await OpenSidebarSectionAsync(page, "time");

        var from = page.GetByRole(AriaRole.Slider, new() { Name = "From year" });
        await Assertions.Expect(from).ToBeVisibleAsync(Soon);
        var max = await from.GetAttributeAsync("max");
        int.Parse(max!, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(
            int.Parse((await from.GetAttributeAsync("min"))!, System.Globalization.CultureInfo.InvariantCulture), "the view spans several years");
        await from.FocusAsync();
        await from.PressAsync("End");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"[?&]from={max}"));
        await Assertions.Expect(page.Locator(".time-summary")).ToContainTextAsync($"{max} –");
        await page.GetByRole(AriaRole.Button, new() { Name = "All years" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("[?&]from="));
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Finding_a_path_between_JAXA_and_LuxProvide_describes_it_and_records_both_ends()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        await OpenSidebarSectionAsync(page, "path");

        await ChooseAsync(page, page.GetByRole(AriaRole.Combobox, new() { Name = "From", Exact = true }), "JAXA", Jaxa);
        await ChooseAsync(page, page.GetByRole(AriaRole.Combobox, new() { Name = "To", Exact = true }), "LuxProvide", "LuxProvide");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync();

        await Assertions.Expect(page.GetByText(new Regex("Paths found: [1-9]"))).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator(".path-text").First).ToContainTextAsync(Jaxa);
        await Assertions.Expect(page.Locator(".path-text").First).ToContainTextAsync("LuxProvide");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]pf=org(%3A|:)jaxa.*[?&]pt=org(%3A|:)luxprovide|[?&]pt=org(%3A|:)luxprovide.*[?&]pf=org(%3A|:)jaxa"));
        await browser.ScreenshotAsync("explorer-path");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task ULB_to_JAXA_says_no_documented_link_and_offers_the_link_through_Japan_apart()
    {
        await using var browser = await host.OpenAsync("/?pf=org:ulb&pt=org:jaxa");
        var page = browser.Page;
        await OpenSidebarSectionAsync(page, "path");

        await Assertions.Expect(page.Locator(".path-no-documented-link")).ToHaveTextAsync("No documented link within 4 steps.", new() { Timeout = Soon.Timeout });
        await Assertions.Expect(page.Locator(".path-weaker")).ToContainTextAsync("Weaker links, through places, sectors or facts:");
        await Assertions.Expect(page.Locator(".path-weaker .path-reference").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".path-weaker .path-text").First).ToContainTextAsync(new Regex("Japan|Japon"));
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Reloading_a_shared_address_replays_the_view()
    {
        string shared;
        int rowCount;
        await using (var first = await OpenJaxaExpandedAsync())
        {
            var rows = await ListRowsAsync(first.Page);
            await Row(rows, LsaAgreement, "Agreement").DblClickAsync();
            await Assertions.Expect(first.Page).ToHaveURLAsync(new Regex("[?&]x=agr(%3A|:)lsa-jaxa-2024"));
            await Assertions.Expect(Row(rows, Lsa, "Organisation")).ToBeVisibleAsync(Soon);
            rowCount = await rows.CountAsync();
            shared = first.Page.Url;
        }

        // A colleague opens the link in a fresh browser: same selection, same expansions, same view tab.
        await using var second = await host.OpenAsync(shared);
        var page = second.Page;
        // The agreement was selected by the double-click that expanded it.
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = LsaAgreement, Level = 2 })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "List" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(Row(page.Locator("#panel-list tbody tr"), Lsa, "Organisation")).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("#panel-list tbody tr")).ToHaveCountAsync(rowCount, new() { Timeout = 15_000 });
        page.Url.Should().Be(shared, "the replayed view writes the same address");
        second.Errors.Should().BeEmpty(second.ServerOutput);
    }

    [BrowserFact]
    public async Task Exports_the_view_as_PNG_and_as_CSV()
    {
        await using var browser = await host.OpenAsync("/?e=org:jaxa&x=org:jaxa", acceptDownloads: true);
        var page = browser.Page;
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = Jaxa, Level = 2 })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added to the graph" })).ToBeVisibleAsync(Soon);

        var csv = await DownloadAsync(page, "Entities (CSV)");
        csv.Name.Should().EndWith("-entities.csv");
        var text = System.Text.Encoding.UTF8.GetString(csv.Bytes);
        text.Split('\n')[0].Should().Contain(",", "the first line is the header");
        text.Should().Contain(Jaxa).And.Contain("LuxProvide");
        text.Should().Contain("SIGNED 2024-06; IMPLEMENTED 2024-06", "an agreement's lifecycle is exported with its dates at their precision");

        var png = await DownloadAsync(page, "Image (PNG)");
        png.Name.Should().EndWith(".png");
        png.Bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "a PNG starts with its signature");
        png.Bytes.Length.Should().BeGreaterThan(2_000, "the image has the graph drawn in it");
        Directory.CreateDirectory(BrowserEnvironment.ScreenshotFolder);
        await File.WriteAllBytesAsync(Path.Combine(BrowserEnvironment.ScreenshotFolder, "export-jaxa.png"), png.Bytes);
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    /// <summary>JAXA selected and expanded, shown in the list view (a table: what the graph holds, readable).</summary>
    private async Task<BrowserPage> OpenJaxaExpandedAsync(string moreParameters = "")
    {
        var browser = await host.OpenAsync("/?e=org:jaxa&x=org:jaxa&view=list" + moreParameters);
        await Assertions.Expect(Details(browser.Page).GetByRole(AriaRole.Heading, new() { Name = Jaxa, Level = 2 })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(Row(browser.Page.Locator("#panel-list tbody tr"), LuxProvideLetter, "Agreement")).ToBeVisibleAsync(Soon);
        return browser;
    }
}
