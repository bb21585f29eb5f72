using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Dates at the precision their sources give: every date field returns a PartialDate (value, precision, qualifier,
/// wording, note, the interval it stands for), and date filters compare that interval with their window, by overlap
/// (default) or containment.
/// </summary>
public sealed class DatePrecisionTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string PartialDateFields = "value precision qualifier iso text note earliest latest";

    [Fact]
    public async Task A_month_precise_agreement_gives_its_month_the_interval_and_how_it_was_dated()
    {
        var data = await server.DataAsync($$"""
            { node(id: "agr:lsa-jaxa-2024") { ... on Agreement { signedDate signed { {{PartialDateFields}} } } } }
            """);

        var signed = data.GetProperty("node").GetProperty("signed");
        signed.GetProperty("value").GetString().Should().Be("2024-06-01");
        signed.GetProperty("precision").GetString().Should().Be("MONTH");
        signed.GetProperty("iso").GetString().Should().Be("2024-06");
        signed.GetProperty("earliest").GetString().Should().Be("2024-06-01");
        signed.GetProperty("latest").GetString().Should().Be("2024-06-30");
        signed.GetProperty("qualifier").ValueKind.Should().Be(JsonValueKind.Null);
        signed.GetProperty("note").GetString().Should().StartWith("Mois et année déduits de l’article");
        data.GetProperty("node").GetProperty("signedDate").GetString().Should().Be("2024-06-01", "the deprecated field still answers");
    }

    [Fact]
    public async Task An_end_of_May_mission_says_so_and_a_year_precise_expo_stands_for_the_whole_year()
    {
        var data = await server.DataAsync($$"""
            {
              mission: node(id: "evt:luxembourg-expo-2025-mission-1") { ... on Event { start { {{PartialDateFields}} } end { iso } } }
              expo: node(id: "evt:expo-2025-osaka") { ... on Event { start { {{PartialDateFields}} } } }
              followUp: node(id: "evt:luxembourg-expo-2025-follow-up-programme") { ... on Event { start { iso qualifier text } } }
            }
            """);

        var mission = data.GetProperty("mission").GetProperty("start");
        mission.GetProperty("iso").GetString().Should().Be("2025-05");
        mission.GetProperty("qualifier").GetString().Should().Be("LATE");
        mission.GetProperty("text").GetString().Should().Be("fin mai 2025");
        mission.GetProperty("latest").GetString().Should().Be("2025-05-31", "« fin mai » narrows the wording, not the interval");
        data.GetProperty("mission").GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
        var expo = data.GetProperty("expo").GetProperty("start");
        expo.GetProperty("precision").GetString().Should().Be("YEAR");
        expo.GetProperty("iso").GetString().Should().Be("2025");
        (expo.GetProperty("earliest").GetString(), expo.GetProperty("latest").GetString()).Should().Be(("2025-01-01", "2025-12-31"));
        expo.GetProperty("note").GetString().Should().Contain("ne donnent que l’année 2025");
        var followUp = data.GetProperty("followUp").GetProperty("start");
        (followUp.GetProperty("iso").GetString(), followUp.GetProperty("qualifier").GetString()).Should().Be(("2026", "SPRING"));
    }

    [Fact]
    public async Task Relationship_dates_reach_the_graph_edges_at_their_precision_with_how_they_were_dated()
    {
        var data = await server.DataAsync($$"""
            { neighbourhood(id: "place:luxembourg", limit: 500) { edges { id since { {{PartialDateFields}} } until { iso } asOf { iso precision } } } }
            """);

        var edges = data.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!);
        var relations = edges["place:luxembourg|DIPLOMATIC_RELATIONS|place:japan"].GetProperty("since");
        (relations.GetProperty("iso").GetString(), relations.GetProperty("precision").GetString()).Should().Be(("1927", "YEAR"));
        relations.GetProperty("latest").GetString().Should().Be("1927-12-31");
        relations.GetProperty("note").GetString().Should().Be("Centenaire des relations bilatérales en 2027");
        var presence = edges["org:rakuten|HAS_PRESENCE_IN|place:luxembourg"].GetProperty("since");
        (presence.GetProperty("iso").GetString(), presence.GetProperty("precision").GetString()).Should().Be(("2008", "YEAR"));
        edges.Values.Where(e => e.GetProperty("since").ValueKind == JsonValueKind.Null)
            .Should().NotBeEmpty("relationships without a date answer null rather than a made-up one");
    }

    [Fact]
    public async Task An_end_of_May_mission_overlaps_a_15_to_31_May_window_but_does_not_lie_within_it()
    {
        var data = await server.DataAsync("""
            {
              overlap: events(first: 100, where: { date: { gte: "2025-05-15", lte: "2025-05-31" } }) { nodes { id } }
              within: events(first: 100, where: { date: { gte: "2025-05-15", lte: "2025-05-31", match: WITHIN } }) { nodes { id } }
            }
            """);

        var overlap = Ids(data.GetProperty("overlap"));
        var within = Ids(data.GetProperty("within"));
        overlap.Should().Contain(["evt:luxembourg-expo-2025-mission-1", "evt:luxembourg-day-expo-2025", "evt:expo-2025-osaka"]);
        within.Should().Contain("evt:luxembourg-day-expo-2025", "30 May 2025 is a day inside the window")
            .And.NotContain("evt:luxembourg-expo-2025-mission-1", "May 2025 may have begun before the 15th")
            .And.NotContain("evt:expo-2025-osaka");
        overlap.Should().NotContain("evt:luxembourg-expo-2025-mission-2-space", "July 2025 does not touch May");
    }

    [Fact]
    public async Task Expo_2025_is_in_an_April_to_October_2025_window_by_overlap_and_the_April_mission_by_containment()
    {
        var data = await server.DataAsync("""
            {
              overlap: timeline(filter: { from: "2025-04-01", to: "2025-10-31" }) { entity { id } }
              within: timeline(filter: { from: "2025-04-01", to: "2025-10-31", dateMatch: WITHIN }) { entity { id } }
            }
            """);

        var overlap = data.GetProperty("overlap").EnumerateArray().Select(i => i.GetProperty("entity").GetProperty("id").GetString()).ToList();
        var within = data.GetProperty("within").EnumerateArray().Select(i => i.GetProperty("entity").GetProperty("id").GetString()).ToList();
        overlap.Should().Contain(["evt:expo-2025-osaka", "evt:luxembourg-expo-2025-economic-missions"]);
        within.Should().Contain("evt:luxembourg-expo-2025-economic-missions", "late May to July 2025 lies inside April–October")
            .And.NotContain("evt:expo-2025-osaka", "the sources give only the year 2025");
        within.Should().BeSubsetOf(overlap);
    }

    [Fact]
    public async Task A_June_2024_agreement_overlaps_a_10_to_20_June_window_and_only_the_11_June_one_lies_within_it()
    {
        var data = await server.DataAsync("""
            {
              overlap: agreements(first: 50, where: { signedDate: { gte: "2024-06-10", lte: "2024-06-20" } }) { nodes { id } }
              within: agreements(first: 50, where: { signedDate: { gte: "2024-06-10", lte: "2024-06-20", match: WITHIN } }) { nodes { id } }
              day: agreements(first: 50, where: { signedDate: { eq: "2024-06-15" } }) { nodes { id } }
            }
            """);

        Ids(data.GetProperty("overlap")).Should().Contain(["agr:lsa-jaxa-2024", "agr:luxembourg-japan-space-cooperation-2024"]);
        Ids(data.GetProperty("within")).Should().Equal("agr:luxembourg-japan-space-cooperation-2024");
        Ids(data.GetProperty("day")).Should().Contain("agr:lsa-jaxa-2024", "a day of June 2024 overlaps June 2024")
            .And.NotContain("agr:luxembourg-japan-space-cooperation-2024");
    }

    [Fact]
    public async Task Sorting_by_signing_date_puts_a_month_before_a_day_later_in_it_and_breaks_ties_by_id()
    {
        var data = await server.DataAsync("""
            { agreements(first: 50, orderBy: [{ field: SIGNED_DATE }], where: { signedDate: { gte: "2024-06-01", lte: "2024-06-30" } }) { nodes { id signed { iso } } } }
            """);

        Ids(data.GetProperty("agreements")).Should().Equal(
            "agr:lsa-jaxa-2024", "agr:luxembourg-japan-air-services-2024", "agr:luxprovide-jaxa-loi-2024", "agr:luxembourg-japan-space-cooperation-2024");
    }

    [Fact]
    public async Task Graph_nodes_and_timeline_items_carry_their_dates_at_precision()
    {
        var data = await server.DataAsync("""
            {
              neighbourhood(id: "org:jaxa") { nodes { id start { iso precision } end { iso } } }
              timeline(filter: { from: "2025-05-01", to: "2025-05-31" }) { entity { id } start { iso qualifier } }
            }
            """);

        var nodes = data.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        nodes["agr:lsa-jaxa-2024"].GetProperty("start").GetProperty("iso").GetString().Should().Be("2024-06");
        nodes["org:jaxa"].GetProperty("start").ValueKind.Should().Be(JsonValueKind.Null);
        var mission = data.GetProperty("timeline").EnumerateArray().Single(i => i.GetProperty("entity").GetProperty("id").GetString() == "evt:luxembourg-expo-2025-mission-1");
        mission.GetProperty("start").GetProperty("qualifier").GetString().Should().Be("LATE");
    }

    [Fact]
    public async Task A_bad_date_match_names_the_field()
    {
        var body = await server.PostAsync("""{ events(where: { date: { gte: "2025-05-15", match: SOMETIMES } }) { totalCount } }""");

        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("SOMETIMES");
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
}
