using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// The explorer with one steward key, whose test data gives the LSA–JAXA agreement an expiry two months ahead: no seed
/// article states an agreement's term, so the seeds have none (cypher/README.md, "Agreement term"), and the fixture
/// states one through the API as a steward would, citing the article. A server of its own, so no other test sees it.
/// </summary>
public sealed class AgreementTermBrowserHost : BrowserHost
{
    public const string Agreement = "agr:lsa-jaxa-2024";

    private const string Upsert = """
        mutation ($input: AgreementInput!) { upsertAgreement(input: $input) { audit { id } } }
        """;

    private readonly TestStewardKey steward = new("tess.steward");
    private bool termSet;

    /// <summary>The first day of the month after next: « expires in that month », within the six months that make it expiring.</summary>
    public static DateOnly Expiry
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            return new DateOnly(today.Year, today.Month, 1).AddMonths(2);
        }
    }

    protected override Task<IReadOnlyDictionary<string, string>> ServerSettingsAsync() =>
        Task.FromResult(steward.Settings());

    /// <summary>Gives the agreement its expiry (once per server), through <c>upsertAgreement</c> with the steward key.</summary>
    public async Task SetExpiryAsync()
    {
        if (termSet)
        {
            return;
        }

        using var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", steward.Key);
        var input = new
        {
            id = Agreement,
            expiryDate = Expiry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            expiryDatePrecision = "MONTH",
            expiryDateBasis = "Accord conclu pour deux ans (donnée de test)",
            citation = new { source = "src:001-20df84f1ae021dc9", quote = "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo" },
        };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Upsert, variables = new { input } });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"The fixture's expiry was refused ({(int)response.StatusCode}): {body}");
        }

        termSet = true;
    }
}

[CollectionDefinition(Name)]
public sealed class AgreementTermBrowserCollection : ICollectionFixture<AgreementTermBrowserHost>
{
    public const string Name = "browser with an agreement's expiry";
}
