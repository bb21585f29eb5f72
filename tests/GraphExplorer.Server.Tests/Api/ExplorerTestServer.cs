using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// The real server with the explorer's schema over a fresh database on the test backend (see <see cref="TestServerDatabase"/>), the repository's seed
/// scripts loaded at start, one steward key configured, and the database wrapped in a query counter.
/// </summary>
public class ExplorerTestServer : WebApplicationFactory<Program>
{
    public const string StewardName = "test-steward";

    private readonly TestServerDatabase database = TestServerDatabase.Create("graphexplorer-api-");
    private readonly StewardKeyEntry steward;
    private readonly IReadOnlyDictionary<string, string?> extraSettings;

    public ExplorerTestServer()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A server with more settings (e.g. smaller limits), for a fixture of its own.</summary>
    protected ExplorerTestServer(IReadOnlyDictionary<string, string?> extraSettings)
    {
        this.extraSettings = extraSettings;
        StewardKey = StewardKeyHasher.NewKey();
        steward = StewardKeyHasher.CreateEntry(StewardName, StewardKey);
    }

    /// <summary>The configured steward's key, in clear (only its hash is in the configuration).</summary>
    public string StewardKey { get; }

    public CountingGraphDatabase Database => Services.GetRequiredService<IGraphDatabase>() as CountingGraphDatabase
        ?? throw new InvalidOperationException("The database is not the counting decorator.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Seed:LoadOnStart", "true");
        // The load announcer's background reads would make the tests that count a request's queries race with it; the
        // fixture of the subscription tests turns it back on.
        builder.UseSetting("GraphQL:LoadPollSeconds", "0");
        foreach (var (key, value) in extraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting($"{StewardSettings.Section}:Keys:0:Name", steward.Name);
        builder.UseSetting($"{StewardSettings.Section}:Keys:0:Hash", steward.Hash);
        builder.UseSetting($"{StewardSettings.Section}:Keys:0:Salt", steward.Salt);
        builder.ConfigureTestServices(services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IGraphDatabase));
            services.Remove(original);
            services.AddSingleton<IGraphDatabase>(provider => new CountingGraphDatabase((IGraphDatabase)original.ImplementationFactory!(provider)));
        });
    }

    /// <summary>POSTs a GraphQL request and returns the parsed response body.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? bearer = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>POSTs a request that must answer without errors; returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? bearer = null)
    {
        var body = await PostAsync(query, variables, bearer);
        if (body.TryGetProperty("errors", out var errors))
        {
            throw new Xunit.Sdk.XunitException($"The request answered with errors: {errors}");
        }

        return body.GetProperty("data");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            database.Dispose();
        }
    }
}
