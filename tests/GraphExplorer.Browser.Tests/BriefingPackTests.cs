using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// The briefing pack a diplomat hands over: from the explorer's view one action opens the printable pack, and the
/// server prints the same page to an A4 PDF with Chromium. The PDF's text (read by pdftotext) holds the agreements of
/// the view, a numbered source quoting its sentence, and the permalink of the view; its first page is kept as a PNG.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class BriefingPackTests(BrowserHost host)
{
    private const string LsaJaxaView = "e=agr%3Alsa-jaxa-2024&x=agr%3Alsa-jaxa-2024";
    private const string LsaAgreement = "Accord de coopération entre la JAXA et la Luxembourg Space Agency";
    private const string LsaQuote = "À l’issue de la séance d’ouverture du Business Forum, la JAXA et la LSA ont donc signé un accord de coopération";

    [BrowserFact]
    public async Task The_briefing_action_opens_the_printable_pack_of_the_view()
    {
        await using var browser = await host.OpenAsync("/?" + LsaJaxaView);
        var page = browser.Page;
        var action = page.Locator("[data-action='briefing']");
        await Assertions.Expect(action).ToBeEnabledAsync(new() { Timeout = 15_000 });

        var pack = await page.Context.RunAndWaitForPageAsync(() => action.ClickAsync());
        await pack.WaitForLoadStateAsync();
        await Assertions.Expect(pack.Locator("#briefing[data-briefing-state='ready']")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        Directory.CreateDirectory(BrowserEnvironment.ScreenshotFolder);
        await pack.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.ScreenshotFolder, "briefing-lsa-jaxa-page.png"), FullPage = true });

        await Assertions.Expect(pack.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Briefing pack:");
        await Assertions.Expect(pack.Locator("#briefing-agreements [data-id='agr:lsa-jaxa-2024'] .signed")).ToContainTextAsync("June 2024");
        await Assertions.Expect(pack.Locator(".briefing-picture svg .figure-legend")).ToContainTextAsync("Agreements");
        await Assertions.Expect(pack.Locator(".footnotes q").First).ToBeVisibleAsync();
        pack.Url.Should().Contain("briefing.html?").And.Contain("x=agr%3Alsa-jaxa-2024");

        // The queries the pack prints return its data, each within the server's limits: the neighbourhood it was drawn
        // from and the agreement it lists.
        var document = await pack.Locator("pre.graphql").TextContentAsync() ?? "";
        var operations = OperationName().Matches(document).Select(m => m.Groups[1].Value).ToList();
        operations.Should().Contain(["Neighbourhood1", "Entity1"]);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var answered = new List<JsonProperty>();
        foreach (var operation in operations)
        {
            using var answer = await http.PostAsJsonAsync("graphql", new { query = document, operationName = operation });
            var json = await answer.Content.ReadFromJsonAsync<JsonElement>();
            json.TryGetProperty("errors", out var errors).Should().BeFalse($"{operation}: {errors}");
            answered.AddRange(json.GetProperty("data").EnumerateObject());
        }

        answered.Single(p => p.Name == "neighbourhood1").Value.GetProperty("nodes").EnumerateArray()
            .Should().Contain(n => n.GetProperty("id").GetString() == "agr:lsa-jaxa-2024");
        answered.Should().Contain(p => p.Name.StartsWith("entity", StringComparison.Ordinal) && p.Value.GetProperty("id").GetString() == "agr:lsa-jaxa-2024");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task An_exported_picture_carries_its_title_date_legend_and_source_line()
    {
        await using var browser = await host.OpenAsync("/?" + LsaJaxaView, acceptDownloads: true);
        await Assertions.Expect(browser.Page.Locator("[data-action='briefing']")).ToBeEnabledAsync(new() { Timeout = 15_000 });

        var svg = System.Text.Encoding.UTF8.GetString((await ExplorerLocators.DownloadAsync(browser.Page, "Vector image (SVG)")).Bytes);

        svg.Should().Contain("class=\"figure-header\"").And.Contain(">GraphExplorer — Accord de coopération").And.Contain(">Prepared on ");
        svg.Should().Contain("class=\"figure-legend\"").And.Contain(">Organisations</text>").And.Contain(">Agreements</text>");
        svg.Should().Contain("class=\"figure-sources\"").And.Contain(">Sources: ");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [PdfToolsFact]
    public async Task The_PDF_of_the_LSA_JAXA_view_holds_its_agreements_a_quoted_source_and_the_permalink()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        using var response = await http.GetAsync("briefing.pdf?" + LsaJaxaView);
        var body = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(body));
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/pdf");
        System.Text.Encoding.ASCII.GetString(body, 0, 5).Should().Be("%PDF-");

        var folder = Path.Combine(BrowserEnvironment.RepositoryRoot, "tests", "GraphExplorer.Browser.Tests", "TestResults", "briefing");
        Directory.CreateDirectory(folder);
        var pdf = Path.Combine(folder, "briefing-lsa-jaxa.pdf");
        await File.WriteAllBytesAsync(pdf, body);
        var text = await RunAsync(PdfToolsFactAttribute.PdfToText, "-enc", "UTF-8", pdf, "-");
        var flowing = Whitespace().Replace(text, " ");

        foreach (var agreement in await AgreementsOfTheViewAsync(http))
        {
            flowing.Should().Contain(agreement, "every agreement of the view is listed");
        }

        flowing.Should().Contain(LsaAgreement).And.Contain("Cooperation agreement").And.Contain("June 2024");
        flowing.Should().Contain("Sources").And.Contain(LsaQuote, "a footnote quotes the sentence the agreement rests on");
        Whitespace().Replace(text, "").Should().Contain($"{host.BaseAddress}?{LsaJaxaView}", "the pack gives the permalink of its view");

        Directory.CreateDirectory(BrowserEnvironment.ScreenshotFolder);
        await RunAsync(PdfToolsFactAttribute.PdfToPpm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf,
            Path.Combine(BrowserEnvironment.ScreenshotFolder, "briefing-lsa-jaxa-pdf-page1"));
        File.Exists(Path.Combine(BrowserEnvironment.ScreenshotFolder, "briefing-lsa-jaxa-pdf-page1.png")).Should().BeTrue();
    }

    /// <summary>The titles of the agreements the view draws (in English where the graph has one), asked of the API.</summary>
    private static async Task<IReadOnlyList<string>> AgreementsOfTheViewAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("graphql", new
        {
            query = "query { neighbourhood(id: \"agr:lsa-jaxa-2024\", depth: 1, limit: 200) { nodes { label names { en } entityType } } }",
        });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var titles = json.GetProperty("data").GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("entityType").GetString() == "AGREEMENT")
            .Select(n => n.GetProperty("names").GetProperty("en").GetString() ?? n.GetProperty("label").GetString()!)
            .ToList();
        titles.Should().HaveCountGreaterThan(1, "the view holds the agreement and those it is tied to");
        return titles;
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"{tool} {string.Join(' ', arguments)} failed: {await errors}");
        return await output;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^query (\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
