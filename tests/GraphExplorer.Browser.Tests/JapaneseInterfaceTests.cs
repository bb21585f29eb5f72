using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// The Japanese interface on the seed data: chosen from the language menu, it shows the LSA–JAXA agreement, its
/// parties, statuses, roles, sectors and the list of what is in view with no English interface string and no raw code
/// (PARTY_TO, signed, signataire…). Text marked as being in another language (the French articles' quotes and titles,
/// the other languages' names in the menu) is the source's own and is left out of the check.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed partial class JapaneseInterfaceTests(BrowserHost host)
{
    private const string LsaAgreement = "Accord de coopération entre la JAXA et la Luxembourg Space Agency";

    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    /// <summary>Codes the API returns that must never be shown as such (statuses and the French role as stored).</summary>
    private static readonly string[] RawCodes = ["signed", "concluded", "signataire", "ORGANIZATION", "AGREEMENT", "EVENT", "SECTOR", "PLACE"];

    [BrowserFact]
    public async Task Switching_to_Japanese_shows_the_LSA_JAXA_agreement_with_no_English_string_and_no_raw_code()
    {
        await using var browser = await host.OpenAsync("/?e=agr:lsa-jaxa-2024&x=agr:lsa-jaxa-2024&view=list");
        var page = browser.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Details" })
            .GetByRole(AriaRole.Heading, new() { Name = LsaAgreement, Level = 2 })).ToBeVisibleAsync(Soon);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync("ja");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]lang=ja"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "詳細" });
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = LsaAgreement, Level = 2 })).ToBeVisibleAsync(Soon);
        var parties = details.Locator(".panel-section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "当事者", Exact = true }) });
        await Assertions.Expect(parties).ToContainTextAsync("宇宙航空研究開発機構", new() { Timeout = 15_000 });
        await Assertions.Expect(parties).ToContainTextAsync("署名者");
        await Assertions.Expect(details.Locator("dd").Filter(new() { HasText = "署名済み" })).ToBeVisibleAsync();
        await Assertions.Expect(details.GetByRole(AriaRole.Button, new() { Name = "宇宙", Exact = true })).ToBeVisibleAsync();
        var rows = page.Locator("#panel-list tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "宇宙航空研究開発機構" }).First).ToBeVisibleAsync(Soon);
        await Assertions.Expect(rows.Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "協定", Exact = true }) }).First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("explorer-lsa-jaxa-ja");

        await ExpectOnlyJapaneseAsync(page);
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the Japanese page is accessible");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task A_key_figure_and_its_article_read_in_Japanese_with_the_French_statement_and_text_marked_as_French()
    {
        await using var browser = await host.OpenAsync("/?e=fact%3Arakuten-in-luxembourg-since-2008&lang=ja");
        var page = browser.Page;
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "詳細" });
        var heading = details.GetByRole(AriaRole.Heading, new() { Level = 2 });
        await Assertions.Expect(heading).ToContainTextAsync("Rakuten est présent au Luxembourg", new() { Timeout = 15_000 });
        await Assertions.Expect(heading).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(details).ToContainTextAsync("2008年から");
        await ExpectOnlyJapaneseAsync(page);

        await details.GetByRole(AriaRole.Button, new() { Name = "記事で読む" }).First.ClickAsync();

        var reader = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(reader.Locator("mark")).ToContainTextAsync("Présent au Luxembourg depuis 2008", new() { Timeout = 15_000 });
        await Assertions.Expect(reader.GetByRole(AriaRole.Button, new() { Name = "記事を閉じる" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("source-reader-ja");
        await ExpectOnlyJapaneseAsync(page);
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the Japanese reader view is accessible");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    /// <summary>No English interface string, no code and no stored value shown as such, outside what is marked as another language.</summary>
    private static async Task ExpectOnlyJapaneseAsync(IPage page)
    {
        var shown = await InterfaceTextAsync(page);
        var english = EnglishInterfaceStrings().Where(s => Regex.IsMatch(shown, $@"(?<![\p{{L}}]){Regex.Escape(s)}(?![\p{{L}}])")).ToList();
        english.Should().BeEmpty("every interface string is in Japanese");
        CodePattern().Matches(shown).Select(m => m.Value).Should().BeEmpty("no relationship type or kind is shown as its code");
        RawCodes.Where(code => Regex.IsMatch(shown, $@"(?<![\p{{L}}_]){code}(?![\p{{L}}_])")).Should().BeEmpty("no status, role or type is shown as stored");
    }

    /// <summary>
    /// The text a reader of the page sees or hears: text content and the labels of controls, without the parts marked
    /// as written in another language than the page's.
    /// </summary>
    private static async Task<string> InterfaceTextAsync(IPage page) =>
        await page.EvaluateAsync<string>("""
            () => {
              const body = document.body.cloneNode(true);
              body.querySelectorAll('[lang]:not([lang="ja"]), script, style').forEach((e) => e.remove());
              const labels = [...body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
                .flatMap((e) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a)).filter(Boolean));
              return [body.textContent, ...labels].join('\n');
            }
            """);

    /// <summary>The English interface strings (client/src/i18n/en.ts), cut at their placeholders, each long enough to be a word.</summary>
    private static IEnumerable<string> EnglishInterfaceStrings()
    {
        var english = File.ReadAllText(Path.Combine(BrowserEnvironment.RepositoryRoot, "client", "src", "i18n", "en.ts"));
        return MessagePattern().Matches(english)
            .Select(m => m.Groups["text"].Value)
            .Where(text => text != "GraphExplorer")
            .SelectMany(text => Regex.Split(text, @"\{\w+\}"))
            .Select(part => part.Trim(' ', '.', ':', ',', '(', ')', '“', '”', '—', '–', '…'))
            .Where(part => part.Length >= 4 && part.Any(char.IsLetter))
            .Distinct();
    }

    [GeneratedRegex("""^\s*"[^"]+":\s*"(?<text>[^"]*)",?\s*$""", RegexOptions.Multiline)]
    private static partial Regex MessagePattern();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")]
    private static partial Regex CodePattern();
}
