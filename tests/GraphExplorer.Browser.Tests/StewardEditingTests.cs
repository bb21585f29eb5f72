using System.Text;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// A steward's correction end to end (issue #19): signed in with the steward-key dialog, the steward corrects
/// Yamaha's name (the details and the drawn node follow), adds a tie to Toyota (a misquote first, refused in the server's
/// own words with nothing changed; then the sentence the article has: the tie is drawn and listed with its source), and
/// removes it again with a reason the audit keeps.
/// </summary>
[Collection(StewardEditingBrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class StewardEditingTests(StewardEditingBrowserHost host)
{
    private const string Source = "src:003-f08af42fe33b2bd7";
    private const string SourceTitle = "Le Club Japon des Hauts-de-France : des liens toujours plus forts entre la Région et le Japon";
    private const string Sentence = "des groupes majeurs comme Toyota et Yamaha";
    private const string Misquote = "Toyota et Yamaha coopèrent depuis longtemps";
    private const string NewTie = "org:yamaha|COOPERATES_WITH|org:toyota";

    [BrowserFact]
    public async Task A_steward_corrects_a_name_adds_a_tie_after_a_refused_misquote_and_removes_it()
    {
        await using var browser = await host.OpenAsync("/?e=org%3Ayamaha&x=org%3Ayamaha&view=list", acceptDownloads: true);
        var page = browser.Page;
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = "Yamaha", Level = 2 })).ToBeVisibleAsync(Soon);
        await SignInWithTheKeyAsync(page);

        // A field: the name, cited; the details and the node in the graph (the list of what it holds) follow.
        var details = Details(page);
        await details.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await details.GetByLabel("Name", new() { Exact = true }).FillAsync("Yamaha Motor");
        await details.GetByLabel("Source (the article that states it)").FillAsync(Source);
        await details.GetByLabel("Quoted sentence of the source").FillAsync(Sentence);
        await details.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await Assertions.Expect(details.GetByRole(AriaRole.Heading, new() { Name = "Yamaha Motor", Level = 2 })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(Row(await ListRowsAsync(page), "Yamaha Motor", "Organisation")).ToBeVisibleAsync(Soon);

        // A tie: Toyota found by search, a type the model allows between two organisations, a misquote first.
        await details.GetByRole(AriaRole.Button, new() { Name = "Ties" }).ClickAsync();
        var editor = details.Locator(".tie-editor");
        await Assertions.Expect(editor.Locator(".tie").First).ToContainTextAsync("Yamaha Motor", new() { Timeout = 15_000 });
        var ties = await editor.Locator(".tie").CountAsync();
        var form = editor.Locator(".tie-form");
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Other entity" }).FillAsync("Toyota");
        var hit = page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Toyota" }).First;
        await Assertions.Expect(hit).ToBeVisibleAsync(Soon);
        await hit.ClickAsync();
        var type = form.GetByLabel("Relationship");
        await Assertions.Expect(type).ToBeEnabledAsync();
        await type.SelectOptionAsync(new SelectOptionValue { Label = "Yamaha Motor cooperates with Toyota" });
        await form.GetByLabel("Source (the article that states it)").FillAsync(Source);
        await form.GetByLabel("Quoted sentence of the source").FillAsync(Misquote);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the tie" }).ClickAsync();

        var refusal = await RefusalOfAsync(Misquote);
        await Assertions.Expect(form.Locator(".tie-problems")).ToContainTextAsync(refusal, new() { Timeout = 15_000 });
        await Assertions.Expect(form.GetByLabel("Quoted sentence of the source")).ToHaveValueAsync(Misquote);
        await Assertions.Expect(editor.Locator(".tie")).ToHaveCountAsync(ties);
        (await RelationshipsCsvAsync(page)).Should().NotContain(NewTie, "a refused tie is not drawn");
        (await ServerTiesAsync()).Should().NotContain(NewTie, "a refused tie is not written");
        await browser.ScreenshotAsync("steward-tie-misquote");

        await form.GetByLabel("Quoted sentence of the source").FillAsync(Sentence);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the tie" }).ClickAsync();
        var added = editor.Locator($".tie[data-edge='{NewTie}']");
        await Assertions.Expect(added).ToContainTextAsync("Yamaha Motor cooperates with Toyota", new() { Timeout = 15_000 });
        await Assertions.Expect(added).ToContainTextAsync($"{SourceTitle} “{Sentence}”");
        await Assertions.Expect(Row(await ListRowsAsync(page), "Toyota", "Organisation")).ToBeVisibleAsync(Soon);
        (await RelationshipsCsvAsync(page)).Should().Contain($"{NewTie},org:yamaha,Yamaha Motor,", "the new tie is drawn");
        await browser.ScreenshotAsync("steward-tie-added");

        // Removing it, with the reason the audit keeps.
        await added.GetByRole(AriaRole.Button, new() { Name = "Remove this tie" }).ClickAsync();
        await added.GetByLabel("Why remove it? (kept in the audit)").FillAsync("Test tie: the article names them side by side only");
        await added.GetByRole(AriaRole.Button, new() { Name = "Remove the tie" }).ClickAsync();
        await Assertions.Expect(editor.Locator($".tie[data-edge='{NewTie}']")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        (await RelationshipsCsvAsync(page)).Should().NotContain(NewTie, "the removed tie is no longer drawn");
        (await ServerTiesAsync()).Should().NotContain(NewTie);
        var audit = (await host.GraphQLAsync("""{ auditTrail(target: "org:yamaha", first: 1) { operation details } }"""))
            .GetProperty("data").GetProperty("auditTrail")[0];
        audit.GetProperty("operation").GetString().Should().Be("unlink");
        audit.GetProperty("details").GetString().Should().Contain("the article names them side by side only");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    /// <summary>Signs in with the header's steward-key dialog; the page starts again with the key.</summary>
    private async Task SignInWithTheKeyAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Steward key…" }).ClickAsync();
        await page.GetByLabel("Steward key", new() { Exact = true }).FillAsync(host.Steward.Key);
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Signed in as steward {host.Steward.Name}")).ToBeVisibleAsync(Soon);
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = "Yamaha", Level = 2 })).ToBeVisibleAsync(Soon);
    }

    /// <summary>The server's own words refusing the tie with this quote, asked directly as an API client would.</summary>
    private async Task<string> RefusalOfAsync(string quote)
    {
        var body = await host.GraphQLAsync("""
            mutation ($quote: String!) {
              link(input: { from: "org:yamaha", to: "org:toyota", type: "COOPERATES_WITH", citation: { source: "src:003-f08af42fe33b2bd7", quote: $quote } }) { audit { id } }
            }
            """, new { quote });
        return body.GetProperty("errors")[0].GetProperty("message").GetString()!;
    }

    /// <summary>The ids of Yamaha's ties as the server has them.</summary>
    private async Task<string> ServerTiesAsync() =>
        (await host.GraphQLAsync("""{ neighbourhood(id: "org:yamaha") { edges { id } } }""")).GetProperty("data").GetProperty("neighbourhood").ToString();

    private static async Task<string> RelationshipsCsvAsync(IPage page) => Encoding.UTF8.GetString((await DownloadAsync(page, "Relationships (CSV)")).Bytes);
}
