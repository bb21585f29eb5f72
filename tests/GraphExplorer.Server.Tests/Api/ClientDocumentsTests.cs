using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Every document the web client sends validates and answers without errors on the seed graph, with the variables the
/// client passes. The documents are read from the client's own source (client/src/api/queries.ts: each exported
/// <c>/* GraphQL */</c> template string, its <c>${FRAGMENT}</c> interpolations replaced by the constants they name,
/// as the browser does), so this checks exactly what the client sends.
/// </summary>
public sealed class ClientDocumentsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private static readonly IReadOnlyDictionary<string, string> Documents = ClientQueries.Read();

    private static string Search => Documents["SEARCH_QUERY"];

    private static string Neighbourhood => Documents["NEIGHBOURHOOD_QUERY"];

    private static string Connections => Documents["CONNECTIONS_QUERY"];

    private static string Timeline => Documents["TIMELINE_QUERY"];

    private static string Aggregates => Documents["AGGREGATES_QUERY"];

    private static string FilterOptions => Documents["FILTER_OPTIONS_QUERY"];

    private static string Sources => Documents["SOURCES_QUERY"];

    private static string Entity => Documents["ENTITY_QUERY"];

    private static string Partners => Documents["PARTNERS_QUERY"];

    /// <summary>Variables the client sends with each document (one typical request each).</summary>
    private static readonly IReadOnlyDictionary<string, object?> SampleVariables = new Dictionary<string, object?>
    {
        ["SEARCH_QUERY"] = new { text = "JAXA", first = 20 },
        ["NEIGHBOURHOOD_QUERY"] = new { id = "org:jaxa", depth = 1, limit = 200 },
        ["CONNECTIONS_QUERY"] = new { from = "org:jaxa", to = "org:luxprovide", maxLength = 6, first = 5 },
        ["PARTNERS_QUERY"] = new { id = "org:jaxa", first = 20 },
        ["TIMELINE_QUERY"] = new { first = 200 },
        ["AGGREGATES_QUERY"] = null,
        ["FILTER_OPTIONS_QUERY"] = null,
        ["SOURCES_QUERY"] = null,
        ["ENTITY_QUERY"] = new { id = "org:jaxa" },
        ["SOURCE_TEXT_QUERY"] = new { id = "src:001-20df84f1ae021dc9" },
        ["AGREEMENT_LIFECYCLE_QUERY"] = new { id = "agr:lsa-jaxa-2024" },
        ["GAPS_QUERY"] = new { first = 2000 },
        ["CHANGES_QUERY"] = new { from = "2024-06-01", to = "2024-06-30", first = 500 },
        // The stewards' corrections (sent with the fixture's steward key) create entities of their own, so the seed
        // entities other tests read stay as loaded.
        ["UPSERT_ORGANIZATION_MUTATION"] = Correction(new { id = "org:test-client-correction", name = "Client Correction", kind = "COMPANY" }),
        ["UPSERT_PERSON_MUTATION"] = Correction(new { id = "person:test-client-correction", name = "Client Correction" }),
        ["UPSERT_AGREEMENT_MUTATION"] = Correction(new
        {
            id = "agr:test-client-correction", title = "Client Correction", kind = "MOU",
            parties = new[] { new { id = "org:jaxa" }, new { id = "org:luxprovide" } },
        }),
        ["UPSERT_EVENT_MUTATION"] = Correction(new { id = "evt:test-client-correction", name = "Client Correction", kind = "CONFERENCE" }),
        // The stewards' ties: between entities already tied (so no test here finds a new path), and a leaf's tie removed.
        ["LINK_RULES_QUERY"] = null,
        ["LINK_MUTATION"] = Correction(new { from = "org:toyota", to = "evt:hauts-de-france-mission-japan-2025", type = "SUPPORTED" }),
        ["UNLINK_MUTATION"] = new { from = "org:yamaha", to = "evt:hauts-de-france-mission-japan-2025", type = "PARTICIPATED_IN", reason = "client sample" },
    };

    /// <summary>A correction's variables: the entity's fields and a sentence its source really contains.</summary>
    private static object Correction(object fields)
    {
        var input = JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["citation"] = new System.Text.Json.Nodes.JsonObject
        {
            ["source"] = "src:001-20df84f1ae021dc9",
            ["quote"] = "Une visite au Japon fructueuse",
        };
        return new { input };
    }

    public static TheoryData<string> ExportedDocuments => [.. Documents.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void The_client_source_exports_its_documents_and_each_has_sample_variables_here()
    {
        Documents.Should().NotBeEmpty();
        Documents.Keys.Should().BeEquivalentTo(SampleVariables.Keys,
            "a document the client adds or renames must be given sample variables here, so it is validated against the schema");
        Documents.Values.Should().OnlyContain(d => !d.Contains("${", StringComparison.Ordinal), "every interpolation is resolved");
    }

    [Theory]
    [MemberData(nameof(ExportedDocuments))]
    public async Task Every_exported_document_answers_without_errors(string name)
    {
        var isMutation = Documents[name].TrimStart().StartsWith("mutation", StringComparison.Ordinal);
        var data = await server.DataAsync(Documents[name], SampleVariables[name], isMutation ? server.StewardKey : null);

        data.ValueKind.Should().Be(JsonValueKind.Object);
    }

    private static readonly object Filter = new
    {
        entityTypes = new[] { "ORGANIZATION", "AGREEMENT", "EVENT", "PLACE" },
        agreementKinds = new[] { "MOU", "COOPERATION_AGREEMENT", "LETTER_OF_INTENT" },
        from = "2020-01-01",
        to = "2026-12-31",
    };

    [Fact]
    public async Task Search_answers()
    {
        var data = await server.DataAsync(Search, new { text = "université", types = new[] { "ORGANIZATION", "PLACE" }, first = 10 });

        data.GetProperty("search").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Neighbourhood_answers_with_and_without_a_filter()
    {
        var plain = await server.DataAsync(Neighbourhood, new { id = "org:jaxa", depth = 2, limit = 200 });
        var filtered = await server.DataAsync(Neighbourhood, new { id = "org:jaxa", depth = 2, limit = 200, filter = Filter });

        var nodes = plain.GetProperty("neighbourhood").GetProperty("nodes");
        nodes.GetArrayLength().Should().BeGreaterThan(filtered.GetProperty("neighbourhood").GetProperty("nodes").GetArrayLength());
        nodes.EnumerateArray().Should().Contain(n => n.GetProperty("id").GetString() == "agr:lsa-jaxa-2024"
            && n.GetProperty("kind").GetString() == "COOPERATION_AGREEMENT" || n.GetProperty("entityType").GetString() == "AGREEMENT");
        plain.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray()
            .Should().Contain(e => e.GetProperty("citations").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Connections_answer_documented_paths_or_say_there_is_none_and_offer_weaker_links()
    {
        var documented = (await server.DataAsync(Connections, new { from = "org:jaxa", to = "org:luxprovide", maxLength = 6, first = 5 })).GetProperty("connections");
        var undocumented = (await server.DataAsync(Connections, new { from = "org:awex", to = "org:jaxa", maxLength = 6, first = 5 })).GetProperty("connections");

        documented.GetProperty("noDocumentedLink").GetBoolean().Should().BeFalse();
        documented.GetProperty("paths").GetArrayLength().Should().BeGreaterThan(0);
        undocumented.GetProperty("noDocumentedLink").GetBoolean().Should().BeTrue("AWEX and JAXA share only places");
        undocumented.GetProperty("weakerPaths").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(p => p.GetProperty("throughReference").GetBoolean());
    }

    [Fact]
    public async Task Connections_pass_through_places_only_when_the_reader_asks()
    {
        var asked = (await server.DataAsync(Connections, new { from = "org:awex", to = "org:jaxa", maxLength = 6, first = 5, through = new[] { "PLACE" } }))
            .GetProperty("connections");

        asked.GetProperty("noDocumentedLink").GetBoolean().Should().BeTrue("sharing a place is still no documented link");
        asked.GetProperty("paths").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(p => p.GetProperty("throughReference").GetBoolean(), "a path through a place stays labelled as such");
        asked.GetProperty("weakerPaths").GetArrayLength().Should().Be(0, "the links through places are the paths asked for");
    }

    [Fact]
    public async Task Partners_of_an_organisation_are_counted_by_kind_of_tie()
    {
        var partners = (await server.DataAsync(Partners, new { id = "org:jaxa", first = 20 })).GetProperty("partners");

        partners.EnumerateArray().Should().Contain(p => p.GetProperty("partner").GetProperty("id").GetString() == "org:luxembourg-space-agency"
            && p.GetProperty("agreementCount").GetInt32() >= 1
            && p.GetProperty("weight").GetInt32() == p.GetProperty("agreementCount").GetInt32() + p.GetProperty("eventCount").GetInt32());
    }

    [Fact]
    public async Task Timeline_answers_with_a_filter()
    {
        var data = await server.DataAsync(Timeline, new { filter = Filter, first = 200 });

        // The window keeps items whose date, read as the interval its precision stands for, reaches into it.
        data.GetProperty("timeline").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(i =>
            string.CompareOrdinal((i.GetProperty("end").ValueKind == JsonValueKind.Null ? i.GetProperty("start") : i.GetProperty("end")).GetProperty("latest").GetString(), "2020-01-01") >= 0);
    }

    [Fact]
    public async Task Aggregates_answers()
    {
        var data = await server.DataAsync(Aggregates, new { filter = (object?)null });

        data.GetProperty("aggregates").GetProperty("organizationsByKind").EnumerateArray()
            .Should().Contain(b => b.GetProperty("key").GetString() == "COMPANY");
    }

    [Fact]
    public async Task Filter_options_list_sectors_and_countries()
    {
        var data = await server.DataAsync(FilterOptions);

        data.GetProperty("sectors").EnumerateArray().Should().Contain(s => s.GetProperty("id").GetString() == "sector:audiovisual");
        data.GetProperty("places").EnumerateArray().Should().Contain(p => p.GetProperty("id").GetString() == "place:japan")
            .And.OnlyContain(p => p.GetProperty("kind").GetString() == "COUNTRY");
    }

    [Fact]
    public async Task Sources_list_the_five_articles_with_titles()
    {
        var data = await server.DataAsync(Sources);

        var sources = data.GetProperty("sources").EnumerateArray().ToList();
        sources.Should().HaveCount(5);
        sources.Should().OnlyContain(s => s.GetProperty("title").GetString()!.Length > 0 && s.GetProperty("language").GetString() == "fr");
    }

    [Theory]
    [InlineData("org:jaxa", "Organization")]
    [InlineData("person:xavier-bettel", "Person")]
    [InlineData("agr:lsa-jaxa-2024", "Agreement")]
    [InlineData("evt:awex-wbi-mission-japan", "Event")]
    [InlineData("place:japan", "Place")]
    [InlineData("sector:audiovisual", "Sector")]
    [InlineData("src:000-eb87548844b58c42", "Source")]
    [InlineData("fact:lu-jp-services-trade-2024", "Fact")]
    public async Task Entity_details_answer_for_every_type(string id, string typename)
    {
        var data = await server.DataAsync(Entity, new { id });

        var entity = data.GetProperty("entity");
        entity.GetProperty("__typename").GetString().Should().Be(typename);
        entity.GetProperty("id").GetString().Should().Be(id);
        entity.GetProperty("entityType").GetString().Should().Be(typename.ToUpperInvariant());
    }

    [Fact]
    public async Task Organization_details_list_agreements_in_signing_order_and_people_with_roles()
    {
        var data = await server.DataAsync(Entity, new { id = "org:jaxa" });

        var jaxa = data.GetProperty("entity");
        jaxa.GetProperty("organizationKind").GetString().Should().Be("GOVERNMENT_AGENCY");
        jaxa.GetProperty("country").GetProperty("id").GetString().Should().Be("place:japan");
        var agreements = jaxa.GetProperty("agreements");
        agreements.GetProperty("nodes").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Contain("agr:lsa-jaxa-2024");
        agreements.GetProperty("totalCount").GetInt32().Should().Be(agreements.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_person_details_list_the_roles_they_hold()
    {
        var data = await server.DataAsync(Entity, new { id = "person:xavier-bettel" });

        var roles = data.GetProperty("entity").GetProperty("roles").EnumerateArray().ToList();
        roles.Should().NotBeEmpty();
        roles.Should().OnlyContain(r => r.GetProperty("person").GetProperty("id").GetString() == "person:xavier-bettel"
            && r.GetProperty("title").GetString()!.Length > 0
            && r.GetProperty("organization").GetProperty("entityType").GetString() == "ORGANIZATION");
    }

    [Fact]
    public async Task An_event_details_list_its_parts_and_participants()
    {
        var data = await server.DataAsync(Entity, new { id = "evt:awex-wbi-mission-japan" });

        var mission = data.GetProperty("entity");
        mission.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("id").GetString())
            .Should().Contain("evt:awex-wbi-mission-company-visits");
        mission.GetProperty("participants").GetArrayLength().Should().BeGreaterThan(0);
        mission.GetProperty("eventKind").GetString().Should().NotBe("OTHER");
    }

    [Fact]
    public async Task A_key_figure_details_give_its_statement_value_and_the_places_it_is_about()
    {
        var data = await server.DataAsync(Entity, new { id = "fact:lu-jp-services-trade-2024" });

        var fact = data.GetProperty("entity");
        fact.GetProperty("factKind").GetString().Should().Be("TRADE");
        fact.GetProperty("statement").GetString().Should().NotBeNullOrEmpty();
        fact.GetProperty("about").EnumerateArray().Select(p => p.GetProperty("id").GetString()).Should().NotBeEmpty();
    }

    /// <summary>
    /// Reads the GraphQL documents of client/src/api/queries.ts: <c>[export] const NAME = /* GraphQL */ `…`;</c>. The
    /// exported ones are documents; every <c>${NAME}</c> inside them names a constant defined above it in the file.
    /// </summary>
    internal static class ClientQueries
    {
        private static readonly Regex Constant = new(
            @"^(?<export>export\s+)?const\s+(?<name>[A-Z_][A-Z0-9_]*)\s*=\s*/\*\s*GraphQL\s*\*/\s*`(?<text>[^`]*)`\s*;",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);

        private static readonly Regex Interpolation = new(@"\$\{\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}", RegexOptions.CultureInvariant);

        public static IReadOnlyDictionary<string, string> Read()
        {
            var path = Path.Combine(RepositoryRoot(), "client", "src", "api", "queries.ts");
            var source = File.ReadAllText(path);
            var constants = new Dictionary<string, string>(StringComparer.Ordinal);
            var exported = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match match in Constant.Matches(source))
            {
                var name = match.Groups["name"].Value;
                var text = Interpolation.Replace(match.Groups["text"].Value, reference =>
                    constants.TryGetValue(reference.Groups["name"].Value, out var value)
                        ? value
                        : throw new InvalidOperationException(
                            $"{path}:{LineOf(source, match.Index + reference.Index)}: {name} interpolates {reference.Value}, which is not a GraphQL constant defined above it"));
                constants[name] = text;
                if (match.Groups["export"].Success)
                {
                    exported[name] = text;
                }
            }

            return exported.Count > 0 ? exported : throw new InvalidOperationException($"{path} exports no /* GraphQL */ document");
        }

        private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

        internal static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"GraphExplorer.sln not found above {AppContext.BaseDirectory}.");
        }
    }
}
