using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// Node size by structure (issue #14): choosing "Go-between role (betweenness)" in the legend sizes the picture's
/// nodes by it, the legend says what size now means and names the largest node, and the exported picture shows that
/// node largest and every place, sector or source at the smallest size; communities then colour the same picture.
/// Both choices are kept in the shared link.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class NodeSizeTests(BrowserHost host)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The kinds the structural measures count (client/src/graph/tie-graph.ts), by id prefix.</summary>
    private static readonly string[] CountedPrefixes = ["org:", "person:", "agr:", "evt:"];

    [BrowserFact]
    public async Task Sizing_by_betweenness_draws_the_go_between_largest_and_the_legend_says_so()
    {
        await using var browser = await host.OpenAsync("/?e=org%3Ajaxa&x=org%3Ajaxa&x=agr%3Alsa-jaxa-2024", acceptDownloads: true);
        var page = browser.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added to the graph" })).ToBeVisibleAsync(Soon);
        var legend = page.Locator(".size-legend");
        await Assertions.Expect(legend).ToContainTextAsync("Bigger: more relationships recorded in the database");

        await page.GetByLabel("Node size shows").SelectOptionAsync("betweenness");

        await Assertions.Expect(legend).ToContainTextAsync("Bigger: lies on more of the shortest routes between the others in this picture");
        await Assertions.Expect(legend).ToContainTextAsync("Places, sectors and sources are not counted");
        await Assertions.Expect(legend).ToContainTextAsync(new Regex("Largest: .+"), new() { Timeout = 15_000 });
        var largestName = Regex.Match(await legend.InnerTextAsync(), "Largest: (.+)").Groups[1].Value.Trim();
        await browser.ScreenshotAsync("explorer-size-by-betweenness");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the size choice is accessible");

        var picture = XDocument.Parse(System.Text.Encoding.UTF8.GetString((await DownloadAsync(page, "Vector image (SVG)")).Bytes));
        var nodes = picture.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node")
            .Select(g => (Id: (string)g.Attribute("data-id")!, Circle: g.Element(Svg + "circle")!))
            .Select(n => (n.Id, X: Number(n.Circle, "cx"), Y: Number(n.Circle, "cy"), R: Number(n.Circle, "r")))
            .ToList();
        nodes.Should().HaveCountGreaterThan(3);
        var smallest = nodes.Min(n => n.R);
        var largest = nodes.MaxBy(n => n.R);
        largest.R.Should().BeGreaterThan(smallest * 1.5, "the go-between stands out");
        CountedPrefixes.Should().Contain(p => largest.Id.StartsWith(p, StringComparison.Ordinal), "a place is never the go-between");
        nodes.Where(n => !CountedPrefixes.Any(p => n.Id.StartsWith(p, StringComparison.Ordinal)))
            .Should().OnlyContain(n => Math.Abs(n.R - smallest) < 0.01, "places, sectors and sources are drawn at the smallest size");

        // The legend names the node drawn largest: its label is the text beside its circle.
        var labels = picture.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "labels").Elements(Svg + "text");
        var largestLabel = labels.Single(t => Math.Abs(Number(t, "x") - (largest.X + largest.R + 3)) < 0.2 && Math.Abs(Number(t, "y") - (largest.Y + 4)) < 0.2);
        largestLabel.Value.Should().EndWith(largestName);

        // Communities colour the same picture; the size chosen stays.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Colour by community" }).CheckAsync();
        await Assertions.Expect(page.Locator(".legend-communities")).ToContainTextAsync(new Regex("^\\d+ communit(y|ies): groups tied more densely"));
        await Assertions.Expect(page.GetByLabel("Node size shows")).ToHaveValueAsync("betweenness");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task The_size_shown_and_the_community_colouring_travel_in_the_link()
    {
        await using var browser = await host.OpenAsync("/?e=org%3Ajaxa&x=org%3Ajaxa&sz=pagerank&cc=1");
        var page = browser.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added to the graph" })).ToBeVisibleAsync(Soon);

        // The link's choices are restored: the legend says so, and its controls show them.
        var size = page.GetByLabel("Node size shows");
        var communities = page.GetByRole(AriaRole.Checkbox, new() { Name = "Colour by community" });
        await Assertions.Expect(size).ToHaveValueAsync("pagerank");
        await Assertions.Expect(page.Locator(".size-legend")).ToContainTextAsync(new Regex("Largest: .+"), new() { Timeout = 15_000 });
        await Assertions.Expect(communities).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".legend-communities")).ToContainTextAsync(new Regex("^\\d+ communit(y|ies)"));

        // Choices made on the page are written back into the address.
        await size.SelectOptionAsync("drawn");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]sz=drawn(&|$)"));
        await communities.UncheckAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("[?&]cc="));
        await Assertions.Expect(page.Locator(".legend-communities")).ToHaveCountAsync(0);
        await size.SelectOptionAsync("recorded");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("[?&]sz="));
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
