using System.Text.Json;
using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests;

/// <summary>The GraphQL IDE the server shows a browser at /graphql (client/graphiql.html, built with the web client).</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class GraphiQLPageTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20_000 };

    [BrowserFact]
    public async Task Documentation_explorer_shows_the_schemas_Query_type_read_by_introspection()
    {
        await using var browser = await host.OpenAsync("graphql");
        var page = browser.Page;

        await Assertions.Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync(Soon);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var docs = page.Locator(".graphiql-doc-explorer");
        await docs.GetByText("Query", new() { Exact = true }).First.ClickAsync(new() { Timeout = 20_000 });
        // The Query type's own fields, as the server's introspection describes them.
        await Assertions.Expect(docs.GetByText("neighbourhood", new() { Exact = true }).First).ToBeVisibleAsync(Soon);
        await Assertions.Expect(docs.GetByText("search", new() { Exact = true }).First).ToBeVisibleAsync(Soon);

        await browser.ScreenshotAsync("graphiql-docs");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Opens_with_one_tab_per_example_query_and_runs_the_active_one_against_the_server()
    {
        await using var browser = await host.OpenAsync("graphql");
        var page = browser.Page;

        var tabs = page.Locator(".graphiql-tab");
        await Assertions.Expect(tabs.First).ToBeVisibleAsync(Soon);
        (await tabs.AllInnerTextsAsync()).Should().ContainInOrder("Search", "EntityDetails", "Neighbourhood", "RecentMoUs", "Paths", "Timeline", "Aggregates");

        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();
        // Whatever the resolvers answer, the server's GraphQL response (data or errors) reaches the result pane.
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync(new Regex("\"(data|errors)\""), new() { Timeout = 20_000 });
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Every_example_tab_answers_with_data_and_no_error_on_the_seed_graph()
    {
        await using var browser = await host.OpenAsync("graphql");
        var page = browser.Page;
        var tabs = page.Locator(".graphiql-tab");
        await Assertions.Expect(tabs.First).ToBeVisibleAsync(Soon);

        var failures = new List<string>();
        var count = await tabs.CountAsync();
        for (var index = 0; index < count; index++)
        {
            var tab = tabs.Nth(index);
            var title = (await tab.InnerTextAsync()).Trim();
            await tab.Locator(".graphiql-tab-button").ClickAsync();
            await Assertions.Expect(tab).ToHaveClassAsync(new Regex("graphiql-tab-active"));
            var response = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync(),
                r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/graphql" && (r.Request.PostData ?? "").Contains("\"operationName\":\"" + title + "\"", StringComparison.Ordinal),
                new() { Timeout = 20_000 });
            // The result shown before moving on, so the next tab switch starts from a settled IDE.
            await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync(new Regex("\"(data|errors)\""), new() { Timeout = 20_000 });
            using var body = JsonDocument.Parse(await response.TextAsync());
            var hasData = body.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object;
            if (body.RootElement.TryGetProperty("errors", out var errors) || !hasData)
            {
                failures.Add($"{title}: {response.Status} {(errors.ValueKind == JsonValueKind.Undefined ? "no data" : errors.ToString())}");
            }
        }

        count.Should().Be(7);
        failures.Should().BeEmpty();
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task A_link_with_the_query_in_the_fragment_opens_that_query_and_running_it_shows_the_result()
    {
        const string query = "query SchemaRoot { __schema { queryType { name } } }";
        await using var browser = await host.OpenAsync("graphql#query=" + Uri.EscapeDataString(query));
        var page = browser.Page;

        var activeTab = page.Locator(".graphiql-tab-active");
        await Assertions.Expect(activeTab).ToContainTextAsync("SchemaRoot", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("__schema", new() { Timeout = 20_000 });
        page.Url.Should().NotContain("#query=", "the IDE drops the fragment once the query is open, so a reload does not add it again");

        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("\"Query\"", new() { Timeout = 20_000 });
        await browser.ScreenshotAsync("graphiql-linked-query");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    [BrowserFact]
    public async Task Has_no_serious_or_critical_accessibility_violations()
    {
        await using var browser = await host.OpenAsync("graphql");
        await Assertions.Expect(browser.Page.Locator(".graphiql-tab").First).ToBeVisibleAsync(Soon);

        // nested-interactive: GraphiQL's tab strip puts each tab's close button inside the tab (upstream markup, not
        // ours); every other rule applies, colour contrast included.
        (await browser.SeriousAccessibilityViolationsAsync("nested-interactive")).Should().BeEmpty();
    }
}
