using System.Text.RegularExpressions;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static GraphExplorer.Browser.Tests.Infrastructure.ExplorerLocators;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// The partners tab against the seeded database: Bourgogne-Franche-Comté's partners (Kumamoto prefecture through
/// their partnership agreement, the organisations of its 2025 mission), a tie's agreements and events with their
/// dates and sources, the link that replays it, a phone's screen, and the camera buttons kept off the picture.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Category, TestCategories.Browser)]
public sealed class PartnersViewTests(BrowserHost host)
{
    private const string Region = "org:region-bourgogne-franche-comte";

    [BrowserFact]
    public async Task The_partners_tab_ties_the_region_to_Kumamoto_through_their_agreement_and_the_link_replays_it()
    {
        await using var browser = await host.OpenAsync($"/?e={Region}&x={Region}");
        var page = browser.Page;
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Name = "Région Bourgogne-Franche-Comté", Level = 2 })).ToBeVisibleAsync(Soon);

        // The zoom and pan buttons sit beside the picture, not over it.
        await Assertions.Expect(page.Locator("#panel-graph .camera-controls")).ToBeVisibleAsync(Soon);
        var canvas = await page.Locator("#graph-canvas").BoundingBoxAsync();
        var controls = await page.Locator("#panel-graph .camera-controls").BoundingBoxAsync();
        canvas.Should().NotBeNull();
        controls.Should().NotBeNull();
        (controls!.Y >= canvas!.Y + canvas.Height - 0.5).Should().BeTrue($"the camera bar (top {controls.Y}) starts below the graph's canvas (bottom {canvas.Y + canvas.Height})");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Partners" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]view=partners"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]pp=org%3Aregion-bourgogne-franche-comte"));
        var side = page.Locator(".partners-side");
        await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Name = "Ties of Région Bourgogne-Franche-Comté" })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("#partners-canvas canvas").First).ToBeAttachedAsync();
        var kumamoto = side.Locator(".partners-ties li").Filter(new() { HasText = "Préfecture de Kumamoto" });
        await Assertions.Expect(kumamoto).ToContainTextAsync("agreement");
        await browser.ScreenshotAsync("explorer-partners-region");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the partners view is accessible");

        await kumamoto.GetByRole(AriaRole.Button).ClickAsync();

        var tie = page.Locator(".partners-details");
        await Assertions.Expect(tie.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("Région Bourgogne-Franche-Comté and Préfecture de Kumamoto");
        await Assertions.Expect(tie.GetByRole(AriaRole.Heading, new() { Name = "Agreements signed together" })).ToBeVisibleAsync();
        var agreement = tie.Locator(".partners-tie-item").First;
        await Assertions.Expect(agreement).ToContainTextAsync(new Regex("source"));

        // The agreement opens in the details with its sources.
        await agreement.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]e=agr%3A"));
        await Assertions.Expect(Details(page).GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeVisibleAsync(Soon);

        // The link alone replays the view: the same partners asked, the same tab.
        var link = page.Url;
        await using var again = await host.OpenAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(again.Page.GetByRole(AriaRole.Tab, new() { Name = "Partners" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(again.Page.Locator(".partners-message")).ToContainTextAsync(new Regex("Partners drawn: \\d+, ties: \\d+"), new() { Timeout = 15_000 });
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
        again.Errors.Should().BeEmpty(again.ServerOutput);
    }

    [BrowserFact]
    public async Task On_a_phone_the_partners_picture_comes_first_and_nothing_overflows_the_screen()
    {
        await using var browser = await host.OpenAsync("/");
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/?e={Region}&x={Region}&view=partners");

        var side = page.Locator(".partners-side");
        await Assertions.Expect(side.Locator(".partners-ties li").First).ToBeAttachedAsync(new() { Timeout = 15_000 });
        await page.Locator("#partners-canvas").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(page.Locator("#partners-canvas")).ToBeInViewportAsync(new() { Ratio = 0.5f });
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "no part of the partners view is wider than the phone's screen");
        await browser.ScreenshotAsync("explorer-partners-phone");
        (await browser.SeriousAccessibilityViolationsAsync()).Should().BeEmpty("the partners view is accessible on a phone");
        browser.Errors.Should().BeEmpty(browser.ServerOutput);
    }
}
