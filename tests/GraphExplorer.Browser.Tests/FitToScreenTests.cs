using System.Globalization;
using System.Xml.Linq;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// "Fit to screen" (issue #14): whatever the camera was, fitting brings every node and its label, written to the right
/// of the node as the graph prefers, inside the canvas (Japan's neighbourhood: some sixty entities, with labels up to
/// a key figure's whole sentence). Positions come from the exported SVG, which draws the view in
/// the canvas's own pixels (client/src/render/scene.ts); label widths are measured in the page in the graph's own font.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class FitToScreenTests(BrowserHost host)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The graph's label font (client/src/render/sigma-view.ts) and the gap between a node and its label.</summary>
    private const string LabelFont = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    private const double LabelGap = 4;
    private const double LabelHalfHeight = 7.5;

    [BrowserFact]
    public async Task Fit_after_zooming_in_brings_every_node_and_label_back_inside_the_canvas()
    {
        await using var browser = await host.OpenAsync("/?e=place%3Ajapan&x=place%3Ajapan", acceptDownloads: true);
        var page = browser.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added to the graph" })).ToBeVisibleAsync(Soon);
        // Let the layout settle as a reader would before zooming.
        await page.WaitForTimeoutAsync(2_000);

        var zoomIn = page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" });
        for (var i = 0; i < 4; i++)
        {
            await zoomIn.ClickAsync();
            await page.WaitForTimeoutAsync(300);
        }

        var before = await PictureAsync(page);
        before.Nodes.Should().Contain(n => !Inside(n, before), "zoomed in four times, part of Japan's neighbourhood is off the canvas");

        await page.GetByRole(AriaRole.Button, new() { Name = "Fit to screen" }).ClickAsync();
        await page.WaitForTimeoutAsync(800);

        var after = await PictureAsync(page);
        after.Nodes.Count.Should().BeGreaterThan(25, "Japan is drawn with its fifty-odd neighbours");
        var outside = after.Nodes.Where(n => !Inside(n, after)).Select(n => $"{n.Label} at ({n.X:0}, {n.Y:0}) r {n.Radius:0}, label {n.LabelWidth:0} px").ToList();
        outside.Should().BeEmpty($"every node and its label fit in the {after.Width:0} × {after.Height:0} canvas after Fit");
        await browser.ScreenshotAsync("explorer-fit-after-zoom");

        // A phone, where the longest sentences cannot be framed and the rest must still fit.
        await page.SetViewportSizeAsync(390, 844);
        await zoomIn.ClickAsync();
        await page.WaitForTimeoutAsync(300);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fit to screen" }).ClickAsync();
        await page.WaitForTimeoutAsync(800);
        var narrow = await PictureAsync(page);
        narrow.Width.Should().BeLessThan(after.Width);
        narrow.Nodes.Where(n => !Inside(n, narrow)).Select(n => $"{n.Label} at ({n.X:0}, {n.Y:0})").Should()
            .BeEmpty($"every node and its label fit in the {narrow.Width:0} × {narrow.Height:0} canvas after Fit");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    private sealed record DrawnNode(string Label, double X, double Y, double Radius, double LabelWidth);

    private sealed record Picture(double Width, double Height, IReadOnlyList<DrawnNode> Nodes);

    /// <summary>
    /// Whether the node, and its label unless the label is too long to be framed (over 40% of the canvas: the camera
    /// zooms out at most tenfold, and a key figure's whole sentence may be wider than the canvas), is inside.
    /// </summary>
    private static bool Inside(DrawnNode node, Picture picture)
    {
        var halfHeight = Math.Max(node.Radius, node.Label.Length == 0 ? 0 : LabelHalfHeight);
        var framed = node.LabelWidth > 0 && node.LabelWidth <= 0.4 * picture.Width;
        var right = node.X + node.Radius + (framed ? LabelGap + node.LabelWidth : 0);
        // Half a pixel for the SVG's rounding of positions.
        return node.X - node.Radius >= -0.5 && right <= picture.Width + 0.5
            && node.Y - halfHeight >= -0.5 && node.Y + halfHeight <= picture.Height + 0.5;
    }

    /// <summary>The view as drawn now: the canvas's size, and each node's centre, radius and label width, in canvas pixels.</summary>
    private static async Task<Picture> PictureAsync(IPage page)
    {
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString((await DownloadAsync(page, "Vector image (SVG)")).Bytes));
        // The export menu stays open over the top of the picture until Escape closes it.
        await page.Keyboard.PressAsync("Escape");
        var root = svg.Root!;
        var nodes = root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").ToList();
        var labels = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "labels").Elements(Svg + "text").ToList();
        var circles = nodes.Select(g => g.Element(Svg + "circle")!).ToList();
        // Every entity drawn here has a name, and the labels are written in the nodes' order.
        labels.Should().HaveCount(circles.Count, "each node of the view carries its label");
        var texts = labels.Select(t => t.Value).ToList();
        var widths = await page.EvaluateAsync<double[]>(
            "([font, texts]) => { const c = document.createElement('canvas').getContext('2d'); c.font = font; return texts.map(t => t ? c.measureText(t).width : 0); }",
            new object[] { LabelFont, texts });
        var drawn = circles.Select((c, i) => new DrawnNode(texts[i], Number(c, "cx"), Number(c, "cy"), Number(c, "r"), widths[i])).ToList();
        // The export widens its picture to show labels whole (client/src/export/figure.ts); the canvas is the graph's box.
        var canvas = (await page.Locator("#graph-canvas").BoundingBoxAsync())!;
        return new Picture(canvas.Width, canvas.Height, drawn);
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
