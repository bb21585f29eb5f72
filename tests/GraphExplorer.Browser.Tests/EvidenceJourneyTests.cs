using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// Evidence a diplomat can brief from: a date known only to the month reads as that month everywhere (list,
/// both timelines, CSV), and a caveat the data carries (an unnamed counterpart, an inferred identity) is on screen
/// where the fact is.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidenceJourneyTests(BrowserHost host)
{
    private const string LsaAgreement = "Accord de coopération entre la JAXA et la Luxembourg Space Agency";
    private const string UlbMou = "MoU entre l’ULB et une université japonaise (1/2)";

    [BrowserFact]
    public async Task A_month_precise_agreement_reads_June_2024_in_the_list_both_timelines_and_the_CSV()
    {
        await using var browser = await host.OpenAsync("/?e=org:jaxa&x=org:jaxa&view=list", acceptDownloads: true);
        var page = browser.Page;

        var row = Row(await ListRowsAsync(page), LsaAgreement, "Agreement");
        await Assertions.Expect(row).ToBeVisibleAsync(Soon);
        await Assertions.Expect(row.Locator("td.date")).ToHaveTextAsync("June 2024");
        await Assertions.Expect(row.Locator("td.evidence")).ToContainTextAsync("Stated");
        await browser.ScreenshotAsync("evidence-list-month");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Timeline" }).ClickAsync();
        var inView = page.Locator("#panel-timeline .timeline-item").Filter(new() { HasText = LsaAgreement });
        await Assertions.Expect(inView.Locator(".date")).ToHaveTextAsync("June 2024", new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Radio, new() { Name = "The whole database (filters and time window apply)" }).CheckAsync();
        var all = page.Locator("#panel-timeline .timeline-item").Filter(new() { HasText = LsaAgreement });
        await Assertions.Expect(all.Locator(".date")).ToHaveTextAsync("June 2024", new() { Timeout = 15_000 });
        var expo = page.Locator("#panel-timeline .timeline-item").Filter(new() { HasText = "Exposition universelle d’Osaka 2025" }).First;
        await Assertions.Expect(expo.Locator(".date")).ToHaveTextAsync("2025");
        var lateMay = page.Locator("#panel-timeline .timeline-item").Filter(new() { HasText = "Première mission économique luxembourgeoise" });
        await Assertions.Expect(lateMay.Locator(".date")).ToHaveTextAsync("end of May 2025");
        await browser.ScreenshotAsync("evidence-timeline-all");

        var csv = await DownloadAsync(page, "Entities (CSV)");
        var line = System.Text.Encoding.UTF8.GetString(csv.Bytes).Split("\r\n").Single(l => l.StartsWith("agr:lsa-jaxa-2024,", StringComparison.Ordinal));
        line.Should().Contain(",COOPERATION_AGREEMENT,June 2024,2024-06,,,MONTH,").And.NotContain("2024-06-01");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task An_MoU_whose_counterpart_is_unnamed_says_so_and_why_it_has_no_date()
    {
        await using var browser = await host.OpenAsync("/?e=agr:ulb-japanese-university-mou-1");
        var details = Details(browser.Page);

        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = UlbMou, Level = 2 })).ToBeVisibleAsync(Soon);
        var counterparty = details.Locator("dt").Filter(new() { HasText = "Other party" });
        await Assertions.Expect(counterparty).ToBeVisibleAsync();
        await Assertions.Expect(details.Locator(".counterparty-note")).ToHaveTextAsync("L’université japonaise signataire n’est pas nommée dans la source.");
        await Assertions.Expect(details.Locator("dd").Filter(new() { HasText = "Non datée dans la source" })).ToBeVisibleAsync();
        await Assertions.Expect(PanelSection(details, "Sources")).ToContainTextAsync("1 source");
        await browser.ScreenshotAsync("evidence-unnamed-counterpart");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the details with their caveats are accessible");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task The_Grand_Duke_at_Luxembourg_Day_is_marked_inferred_with_the_reason()
    {
        await using var browser = await host.OpenAsync("/?e=person:grand-duke-henri");
        var details = Details(browser.Page);

        var evidence = details.Locator(".evidence-line").First;
        await Assertions.Expect(evidence).ToContainTextAsync("Inferred", new() { Timeout = 15_000 });
        await Assertions.Expect(evidence).ToContainTextAsync("« S.A.R. le Grand-Duc »");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task An_exported_picture_dates_diplomatic_relations_since_1927_at_the_year_its_source_gives()
    {
        await using var browser = await host.OpenAsync("/?e=place:luxembourg&x=place:luxembourg", acceptDownloads: true);
        var page = browser.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added to the graph" })).ToBeVisibleAsync(Soon);

        var svg = await DownloadAsync(page, "Vector image (SVG)");

        svg.Name.Should().EndWith(".svg");
        var picture = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(svg.Bytes));
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var captions = picture.Descendants(ns + "g").Single(g => (string?)g.Attribute("class") == "edge-captions")
            .Elements(ns + "text").Select(t => t.Value).ToList();
        captions.Should().Contain("since 1927", "Luxembourg and Japan have had diplomatic relations since 1927, a year-precision date");
        picture.Root!.Value.Should().NotContain("January 1, 1927").And.NotContain("1927-01-01");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
