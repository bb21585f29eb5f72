using System.Text.Json;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>What a user does at the test identity provider's login form, and GraphQL requests sent with the page's
/// session, for the tests of a server with <c>Access:RequireSignIn</c>.</summary>
public static class SignInSteps
{
    public static async Task SubmitLoginAsync(IPage page, string user, string password)
    {
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>A GraphQL request with the page's cookies (its session, no token), as the web client sends it; through
    /// Playwright's request API, so that a refusal is not a console error of the page.</summary>
    public static async Task<(int Status, JsonElement Body)> GraphQLAsync(IPage page, string query, object? variables = null)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new()
        {
            DataObject = new { query, variables },
            Headers = new Dictionary<string, string> { ["Accept"] = "application/graphql-response+json" },
        });
        return (response.Status, (await response.JsonAsync())!.Value);
    }
}
