using System.Text.Json;
using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;
using static GraphExplorer.Browser.Tests.Infrastructure.SignInSteps;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// Sign-in with <c>Access:RequireSignIn</c> through a real OpenID Connect round trip (code flow with PKCE) at a test
/// provider: an anonymous visitor sees the sign-in page, signs in at the provider and lands back in the explorer with
/// its data; a reader's change is refused and a steward's is applied under their name; the header's "Sign out" ends
/// the session.
/// </summary>
[Collection(SignInBrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class SignInTests(SignInBrowserHost host)
{
    private const string Jaxa = "Japan Aerospace Exploration Agency";

    private const string Upsert = """
        mutation ($input: OrganizationInput!) { upsertOrganization(input: $input) { audit { steward target } } }
        """;

    [BrowserFact]
    public async Task A_visitor_signs_in_at_the_provider_lands_back_where_they_were_and_reads_but_cannot_change_data()
    {
        await using var browser = await host.OpenAsync("/?e=org%3Ajaxa");
        var page = browser.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync(Soon);
        (await GraphQLAsync(page, """{ search(text: "JAXA", first: 1) { entity { id } } }""")).Status.Should().Be(401, "nothing is read before signing in");
        await browser.ScreenshotAsync("sign-in-page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your organisation’s account" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test identity provider" })).ToBeVisibleAsync(Soon);
        await SubmitLoginAsync(page, SignInBrowserHost.Reader, "not-the-password");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong user name or password.");
        await SubmitLoginAsync(page, SignInBrowserHost.Reader, SignInBrowserHost.ReaderPassword);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(host.BaseAddress.ToString())}\\?(.*&)?e=org(%3A|:)jaxa"), new() { Timeout = 15_000 });
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = Jaxa, Level = 2 })).ToBeVisibleAsync(Soon);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search" }).FillAsync("LuxProvide");
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync(Soon);
        var account = await AccountAsync(page);
        account.GetProperty("user").GetProperty("name").GetString().Should().Be(SignInBrowserHost.Reader);
        account.GetProperty("user").GetProperty("steward").GetBoolean().Should().BeFalse();

        var change = await GraphQLAsync(page, Upsert, Input("org:browser-reader-change"));
        change.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
        var entity = await GraphQLAsync(page, """{ entity(id: "org:browser-reader-change") { id } }""");
        entity.Body.GetProperty("data").GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null, "the refused change wrote nothing");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task A_steward_signed_in_at_the_provider_changes_data_under_their_name_and_signing_out_ends_the_session()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your organisation’s account" }).ClickAsync();
        await SubmitLoginAsync(page, SignInBrowserHost.Steward, SignInBrowserHost.StewardPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Search" })).ToBeVisibleAsync(Soon);
        (await AccountAsync(page)).GetProperty("user").GetProperty("steward").GetBoolean().Should().BeTrue();

        var change = await GraphQLAsync(page, Upsert, Input("org:browser-steward-change"));

        change.Body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var audit = change.Body.GetProperty("data").GetProperty("upsertOrganization").GetProperty("audit");
        audit.GetProperty("steward").GetString().Should().Be(SignInBrowserHost.Steward);
        audit.GetProperty("target").GetString().Should().Be("org:browser-steward-change");

        await Assertions.Expect(page.GetByText($"Signed in as {SignInBrowserHost.Steward}")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync(Soon);
        (await GraphQLAsync(page, """{ entity(id: "org:browser-steward-change") { id } }""")).Status.Should().Be(401, "the session ended");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    private static async Task<JsonElement> AccountAsync(IPage page)
    {
        var response = await page.Context.APIRequest.GetAsync("/account");
        return (await response.JsonAsync())!.Value;
    }

    private static object Input(string id) => new
    {
        input = new
        {
            id,
            name = "Browser Robotics " + id,
            kind = "COMPANY",
            country = "place:japan",
            citation = new { source = "src:001-20df84f1ae021dc9", quote = "LuxProvide et la JAXA ont formalisé leur collaboration" },
        },
    };
}
