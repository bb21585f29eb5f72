using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// The explorer with one steward key (<see cref="Steward"/>), for a steward's corrections in the browser: a server of
/// its own, since the corrections change the seed data other tests read.
/// </summary>
public sealed class StewardEditingBrowserHost : BrowserHost
{
    public TestStewardKey Steward { get; } = new("eddie.steward");

    protected override Task<IReadOnlyDictionary<string, string>> ServerSettingsAsync() => Task.FromResult(Steward.Settings());

    /// <summary>A GraphQL request sent with the steward's key, as any API client would send it; the response's body.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Steward.Key);
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

[CollectionDefinition(Name)]
public sealed class StewardEditingBrowserCollection : ICollectionFixture<StewardEditingBrowserHost>
{
    public const string Name = "browser with a steward key";
}
