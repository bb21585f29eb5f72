using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// Sources a reader can open: a citation opens its article in the reader view, scrolled to the quoted sentence, which
/// is marked; an event's key figures are listed with the articles that state them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SourceReaderTests(BrowserHost host)
{
    private const string Forum = "Luxembourg-Japan Business Forum";
    private const string Article = "Une visite au Japon fructueuse";

    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    [BrowserFact]
    public async Task A_key_figure_of_an_event_opens_its_article_with_the_quoted_sentence_marked_and_in_view()
    {
        await using var browser = await host.OpenAsync("/?e=evt%3Aluxembourg-japan-business-forum-2024");
        var page = browser.Page;
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "Details" });
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = Forum, Level = 2 })).ToBeVisibleAsync(Soon);

        var figures = details.Locator(".panel-section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Key figures", Exact = true }) });
        await Assertions.Expect(figures).ToContainTextAsync("about 200 people", new() { Timeout = 15_000 });
        await figures.GetByRole(AriaRole.Button, new() { Name = "Read in the article" }).First.ClickAsync();

        var reader = page.GetByRole(AriaRole.Dialog, new() { Name = Article });
        await Assertions.Expect(reader).ToBeVisibleAsync(Soon);
        var mark = reader.Locator("mark");
        await Assertions.Expect(mark).ToHaveCountAsync(1);
        await Assertions.Expect(mark).ToContainTextAsync("environ 200\u00a0personnes");
        await Assertions.Expect(mark).ToBeInViewportAsync();
        await Assertions.Expect(reader.Locator(".reader-meta")).ToContainTextAsync("Language");
        await browser.ScreenshotAsync("reader-forum-attendance");

        await reader.GetByRole(AriaRole.Button, new() { Name = "Close the article" }).ClickAsync();
        await Assertions.Expect(reader).ToBeHiddenAsync();
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task A_citation_in_the_sources_opens_its_article_with_the_inferred_publisher_marked()
    {
        await using var browser = await host.OpenAsync("/?e=org%3Agie-luxembourg-expo-2025-osaka");
        var page = browser.Page;
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "Details" });
        var sources = details.Locator(".panel-section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Sources", Exact = true }) });
        var citation = sources.Locator(".citation").Filter(new() { HasText = "2,35 millions" }).First;
        await Assertions.Expect(citation).ToBeVisibleAsync(Soon);
        await citation.GetByRole(AriaRole.Button, new() { Name = "Read in the article" }).ClickAsync();

        var reader = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(reader.Locator("mark")).ToContainTextAsync("2,35 millions d’euros en financement", new() { Timeout = 15_000 });
        await Assertions.Expect(reader.Locator(".reader-meta")).ToContainTextAsync("Chambre de Commerce du Luxembourg (publisher inferred)");
        await Assertions.Expect(reader.Locator(".reader-meta")).ToContainTextAsync("26 novembre 2025");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
