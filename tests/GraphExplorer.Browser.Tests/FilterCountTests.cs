using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// Filters that say what they do (issue #14): a ticked group says it shows only the ticked and how many entities in
/// view it hides on its own; the total hidden is said apart. Counts are checked against the list view's rows.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class FilterCountTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Each_ticked_filter_group_says_how_many_it_hides_in_view()
    {
        await using var browser = await host.OpenAsync("/?e=org:jaxa&x=org:jaxa&view=list");
        var page = browser.Page;
        var rows = await ListRowsAsync(page);
        await Assertions.Expect(rows.Filter(new() { HasText = "Lettre d’intention entre LuxProvide et la JAXA" })).ToHaveCountAsync(1, new() { Timeout = Soon.Timeout });
        var all = await rows.CountAsync();
        await OpenSidebarSectionAsync(page, "filters");
        var kinds = page.GetByRole(AriaRole.Group, new() { Name = "Entity kinds" });
        var sectors = page.GetByRole(AriaRole.Group, new() { Name = "Sectors" });
        var kindsNote = kinds.Locator("[data-note='entityTypes']");
        var sectorsNote = sectors.Locator("[data-note='sectors']");
        await Assertions.Expect(kindsNote).ToHaveTextAsync("None ticked: all shown.");

        await kinds.GetByRole(AriaRole.Checkbox, new() { Name = "Agreements", Exact = true }).CheckAsync();
        await Assertions.Expect(kindsNote).ToContainTextAsync(new Regex("^Showing only the ticked\\. This hides [1-9]\\d* in view\\.$"));
        var byKind = await HiddenAsync(kindsNote);
        await Assertions.Expect(rows).ToHaveCountAsync(all - byKind);
        await Assertions.Expect(page.GetByText($"Hidden by filters: {byKind}", new() { Exact = true })).ToBeVisibleAsync();

        await kinds.GetByRole(AriaRole.Checkbox, new() { Name = "Agreements", Exact = true }).UncheckAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(all);
        await sectors.GetByRole(AriaRole.Checkbox, new() { Name = "Space", Exact = true }).CheckAsync();
        await Assertions.Expect(sectorsNote).ToContainTextAsync(new Regex("This hides [1-9]\\d* in view\\.$"));
        var bySector = await HiddenAsync(sectorsNote);
        await Assertions.Expect(rows).ToHaveCountAsync(all - bySector);

        // Both ticked: each group still says what it hides alone; the total (drawn with the notes) is what both hide together.
        await kinds.GetByRole(AriaRole.Checkbox, new() { Name = "Agreements", Exact = true }).CheckAsync();
        await Assertions.Expect(kindsNote).ToContainTextAsync($"This hides {byKind} in view.");
        await Assertions.Expect(sectorsNote).ToContainTextAsync($"This hides {bySector} in view.");
        var total = page.GetByText(new Regex("^Hidden by filters: \\d+$"));
        var together = int.Parse(Regex.Match(await total.InnerTextAsync(), "\\d+").Value, CultureInfo.InvariantCulture);
        together.Should().BeGreaterThanOrEqualTo(Math.Max(byKind, bySector)).And.BeLessThanOrEqualTo(byKind + bySector);
        await Assertions.Expect(rows).ToHaveCountAsync(all - together);
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the filters and their counts are accessible");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }

    private static async Task<int> HiddenAsync(ILocator note) =>
        int.Parse(Regex.Match(await note.InnerTextAsync(), "This hides (\\d+) in view").Groups[1].Value, CultureInfo.InvariantCulture);
}
