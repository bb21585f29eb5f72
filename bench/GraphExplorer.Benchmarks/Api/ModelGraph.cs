using System.Globalization;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>A batch of nodes of one label: each row is <c>{props, date?, endDate?}</c> (dates as ISO strings, made Cypher dates by the loader).</summary>
internal sealed record NodeGroup(string Label, List<Dictionary<string, object?>> Rows);

/// <summary>Relationships of one type between two labels: each row is <c>{a, b, props}</c> (start key, end key, properties).</summary>
internal sealed record RelationshipGroup(string Type, string FromLabel, string ToLabel, List<Dictionary<string, object?>> Rows);

/// <summary>
/// A generated graph in the product's model (cypher/README.md): organisations with accented, Japanese and brand names,
/// aliases and acronyms, kinds, seats in cities of countries, sectors; people holding roles; agreements with two to four
/// parties; events with participants and organisers; every fact node cited by a <c>Source</c> through <c>CITED_IN</c>
/// and every relationship carrying its <c>sources</c>/<c>quotes</c>. Sizes scale with the organisation count
/// (100,000 organisations give about 1,000,000 relationships). Party and participant choices are skewed towards low
/// organisation numbers (u^2.5), so <c>org:g000000</c> is a hub with thousands of relationships, as capitals and
/// chambers of commerce are in real data. Deterministic for a seed.
/// </summary>
internal sealed class ModelGraph
{
    private readonly Random random;
    private readonly int organizations;
    private readonly List<string> orgNames = [];
    private readonly List<string> orgAcronyms = [];
    private readonly List<string> eventNames = [];
    private readonly List<string> agreementTitles = [];

    public ModelGraph(int organizations, int seed = 42)
    {
        this.organizations = organizations;
        random = new Random(seed);
        Cities = Math.Max(40, organizations / 50);
        Sources = Math.Max(10, organizations / 50);
        People = organizations / 10;
        Events = organizations / 5;
        Agreements = organizations * 6 / 10;
        Build();
    }

    public int Cities { get; }

    public int Sources { get; }

    public int People { get; }

    public int Events { get; }

    public int Agreements { get; }

    public List<NodeGroup> Nodes { get; } = [];

    public List<RelationshipGroup> Relationships { get; } = [];

    public long RelationshipCount => Relationships.Sum(g => (long)g.Rows.Count);

    public long NodeCount => Nodes.Sum(g => (long)g.Rows.Count);

    public static string OrgKey(int i) => $"org:g{i:D6}";

    public string OrgName(int i) => orgNames[i];

    public string OrgAcronym(int i) => orgAcronyms[i];

    private void Build()
    {
        var countries = ModelNames.Countries.Select(c => c.Split('|')).ToList();
        var places = new NodeGroup("Place", []);
        var cityNames = new List<string>();
        for (var i = 0; i < countries.Count; i++)
        {
            places.Rows.Add(Node($"place:gc{i:D2}", ("name", countries[i][0]), ("kind", "country"), ("nameOriginal", countries[i][1]),
                ("searchText", SearchText.Build([countries[i][0], countries[i][1]]))));
        }

        var partOf = new RelationshipGroup("PART_OF", "Place", "Place", []);
        for (var i = 0; i < Cities; i++)
        {
            var (name, original) = ModelNames.City(random, i);
            cityNames.Add(name);
            places.Rows.Add(Node($"place:g{i:D5}", ("name", name), ("kind", "city"), ("nameOriginal", original),
                ("searchText", SearchText.Build([name, original]))));
            // Japanese cities are in Japan; the others in a European country or Québec.
            partOf.Rows.Add(Relationship($"place:g{i:D5}", $"place:gc{(i % 3 == 0 ? 0 : 1 + random.Next(countries.Count - 1)):D2}", null, ("basis", "reference")));
        }

        var sectors = new NodeGroup("Sector", []);
        for (var i = 0; i < ModelNames.Sectors.Length; i++)
        {
            var names = ModelNames.Sectors[i].Split('|');
            sectors.Rows.Add(Node($"sector:g{i:D2}", ("name", names[0]), ("nameFr", names[1]), ("searchText", SearchText.Build(names))));
        }

        var sources = new NodeGroup("Source", []);
        for (var i = 0; i < Sources; i++)
        {
            sources.Rows.Add(Node(SourceKey(i), ("title", $"Dépêche n° {i + 1} : coopération économique et scientifique"), ("language", "fr"),
                ("file", $"gen_{i:D5}.txt"), ("publisher", $"Agence régionale {ModelNames.Pick(random, cityNames)}")));
        }

        Nodes.AddRange([places, sectors, sources]);
        Relationships.Add(partOf);
        BuildOrganizations(cityNames);
        BuildPeople();
        BuildEvents(cityNames);
        BuildAgreements();
    }

    private void BuildOrganizations(List<string> cityNames)
    {
        var kinds = GraphModel.OrganizationKinds.Order(StringComparer.Ordinal).ToArray();
        var group = new NodeGroup("Organization", []);
        var locatedIn = Group("LOCATED_IN", "Organization", "Place");
        var inSector = Group("IN_SECTOR", "Organization", "Sector");
        var cited = Group("CITED_IN", "Organization", "Source");
        for (var i = 0; i < organizations; i++)
        {
            var city = random.Next(Cities);
            var (name, aliases, nameJa) = ModelNames.Organization(random, cityNames[city], i);
            orgNames.Add(name);
            orgAcronyms.Add(aliases[0]);
            var kind = i % 4 is 0 or 1 ? ModelNames.Pick(random, ["university", "research_institute", "chamber", "economic_development_agency", "cluster", "government_agency"]) : "company";
            group.Rows.Add(Node(OrgKey(i), ("name", name), ("kind", kinds.Contains(kind) ? kind : "company"), ("aliases", aliases), ("nameJa", nameJa),
                ("foundedYear", (long)(1850 + random.Next(175))), ("searchText", SearchText.Build([name, .. aliases, nameJa]))));
            var source = random.Next(Sources);
            locatedIn.Rows.Add(Relationship(OrgKey(i), $"place:g{city:D5}", source, ("basis", "context")));
            var sector = random.Next(ModelNames.Sectors.Length);
            inSector.Rows.Add(Relationship(OrgKey(i), $"sector:g{sector:D2}", source));
            if (i % 2 == 1)
            {
                inSector.Rows.Add(Relationship(OrgKey(i), $"sector:g{(sector + 1 + random.Next(ModelNames.Sectors.Length - 1)) % ModelNames.Sectors.Length:D2}", source));
            }

            cited.Rows.Add(Citation(OrgKey(i), source, $"{name} est présenté comme un partenaire de la mission."));
        }

        Nodes.Add(group);
        var cooperates = Group("COOPERATES_WITH", "Organization", "Organization");
        var pairs = new HashSet<(int, int)>();
        while (cooperates.Rows.Count < organizations / 2)
        {
            var (a, b) = (SkewedOrg(), random.Next(organizations));
            if (a != b && pairs.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                cooperates.Rows.Add(Relationship(OrgKey(a), OrgKey(b), random.Next(Sources), ("description", $"{orgAcronyms[a]} et {orgAcronyms[b]} coopèrent.")));
            }
        }
    }

    private void BuildPeople()
    {
        var group = new NodeGroup("Person", []);
        var holds = Group("HOLDS_ROLE", "Person", "Organization");
        var cited = Group("CITED_IN", "Person", "Source");
        for (var i = 0; i < People; i++)
        {
            var name = ModelNames.Person(random);
            var key = $"person:g{i:D6}";
            group.Rows.Add(Node(key, ("name", name), ("searchText", SearchText.Build([name]))));
            var org = SkewedOrg();
            var source = random.Next(Sources);
            holds.Rows.Add(Relationship(key, OrgKey(org), source, ("title", ModelNames.Pick(random, ["président", "directrice générale", "ambassadeur", "chargé de mission", "professeure"]))));
            cited.Rows.Add(Citation(key, source, $"{name}, de {orgAcronyms[org]}, a pris la parole."));
        }

        Nodes.Add(group);
    }

    private void BuildEvents(List<string> cityNames)
    {
        var kinds = GraphModel.EventKinds.Order(StringComparer.Ordinal).ToArray();
        var group = new NodeGroup("Event", []);
        var located = Group("LOCATED_IN", "Event", "Place");
        var participated = Group("PARTICIPATED_IN", "Organization", "Event");
        var organized = Group("ORGANIZED", "Organization", "Event");
        var supported = Group("SUPPORTED", "Organization", "Event");
        var inSector = Group("IN_SECTOR", "Event", "Sector");
        var partOf = Group("PART_OF", "Event", "Event");
        var cited = Group("CITED_IN", "Event", "Source");
        for (var i = 0; i < Events; i++)
        {
            var key = EventKey(i);
            var city = random.Next(Cities);
            var kind = ModelNames.Pick(random, kinds);
            var year = 2015 + random.Next(12);
            var name = $"{ModelNames.Pick(random, ["Mission économique", "Forum d’affaires", "Journée", "Atelier", "Rencontres", "Salon"])} {ModelNames.Pick(random, ModelNames.Sectors).Split('|')[1].ToLowerInvariant()} {cityNames[city]} {year}";
            eventNames.Add(name);
            var start = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
            group.Rows.Add(Node(key, ("name", name), ("kind", kind), ("datePrecision", "day"), ("searchText", SearchText.Build([name])))
                .With("date", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .With("endDate", start.AddDays(random.Next(4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            var source = random.Next(Sources);
            located.Rows.Add(Relationship(key, $"place:g{city:D5}", source));
            inSector.Rows.Add(Relationship(key, $"sector:g{random.Next(ModelNames.Sectors.Length):D2}", source));
            cited.Rows.Add(Citation(key, source, $"{name} a réuni de nombreux participants."));
            foreach (var org in DistinctOrgs(1 + random.Next(15)))
            {
                participated.Rows.Add(Relationship(OrgKey(org), key, source, ("role", ModelNames.Pick(random, ["delegation member", "speaker", "visited company", "exhibitor"]))));
            }

            foreach (var org in DistinctOrgs(random.Next(4) == 0 ? 2 : 1))
            {
                organized.Rows.Add(Relationship(OrgKey(org), key, source, ("role", "organiser")));
            }

            if (i % 5 == 0)
            {
                supported.Rows.Add(Relationship(OrgKey(SkewedOrg()), key, source, ("role", "sponsor"), ("financingEur", (long)(10_000 * (1 + random.Next(100))))));
            }

            if (i % 4 == 3)
            {
                partOf.Rows.Add(Relationship(key, EventKey(i - 1 - random.Next(Math.Min(i, 3))), source));
            }
        }

        Nodes.Add(group);
    }

    private void BuildAgreements()
    {
        var kinds = GraphModel.AgreementKinds.Order(StringComparer.Ordinal).ToArray();
        var group = new NodeGroup("Agreement", []);
        var parties = Group("PARTY_TO", "Organization", "Agreement");
        var inSector = Group("IN_SECTOR", "Agreement", "Sector");
        var signedAt = Group("SIGNED_AT", "Agreement", "Event");
        var located = Group("LOCATED_IN", "Agreement", "Place");
        var cited = Group("CITED_IN", "Agreement", "Source");
        for (var i = 0; i < Agreements; i++)
        {
            var key = $"agr:g{i:D6}";
            var roll = random.NextDouble();
            var members = DistinctOrgs(roll < 0.1 ? 4 : roll < 0.35 ? 3 : 2);
            var sector = random.Next(ModelNames.Sectors.Length);
            var title = $"{ModelNames.Pick(random, ["Protocole d’accord", "Accord de coopération", "Lettre d’intention", "Memorandum of Understanding"])} " +
                $"{string.Join(" – ", members.Select(m => orgAcronyms[m]))} ({ModelNames.Sectors[sector].Split('|')[1].ToLowerInvariant()})";
            agreementTitles.Add(title);
            var date = new DateOnly(2010 + random.Next(16), 1 + random.Next(12), 1 + random.Next(28));
            var summary = $"{orgNames[members[0]]} et {orgNames[members[1]]} s’engagent à coopérer.";
            group.Rows.Add(Node(key, ("title", title), ("kind", ModelNames.Pick(random, kinds)), ("status", "signed"), ("summary", summary),
                    ("signedDatePrecision", "day"), ("searchText", SearchText.Build([title])))
                .With("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            var source = random.Next(Sources);
            foreach (var member in members)
            {
                parties.Rows.Add(Relationship(OrgKey(member), key, source, ("role", member == members[0] ? "signatory" : "party")));
            }

            inSector.Rows.Add(Relationship(key, $"sector:g{sector:D2}", source));
            cited.Rows.Add(Citation(key, source, $"Les partenaires ont signé « {title} »."));
            if (i % 3 == 0)
            {
                var evt = random.Next(Events);
                signedAt.Rows.Add(Relationship(key, EventKey(evt), source, ("moment", "cérémonie de signature")));
            }

            if (i % 2 == 0)
            {
                located.Rows.Add(Relationship(key, $"place:g{random.Next(Cities):D5}", source, ("role", "site")));
            }
        }

        Nodes.Add(group);
    }

    /// <summary>An organisation number skewed towards 0 (u^2.5): organisation 0 takes about 1% of the skewed picks.</summary>
    private int SkewedOrg() => Math.Min(organizations - 1, (int)(organizations * Math.Pow(random.NextDouble(), 2.5)));

    private List<int> DistinctOrgs(int count)
    {
        var chosen = new List<int>(count);
        while (chosen.Count < count)
        {
            var org = chosen.Count == 0 ? SkewedOrg() : random.Next(organizations);
            if (!chosen.Contains(org))
            {
                chosen.Add(org);
            }
        }

        return chosen;
    }

    private RelationshipGroup Group(string type, string from, string to)
    {
        var group = new RelationshipGroup(type, from, to, []);
        Relationships.Add(group);
        return group;
    }

    private static string SourceKey(int i) => $"src:g{i:D5}";

    /// <summary>The first generated source and its title, for a benchmark's steward change to cite.</summary>
    public static StewardCitation StewardCitation { get; } = new(SourceKey(0), "Dépêche n° 1 : coopération économique et scientifique");

    private static string EventKey(int i) => $"evt:g{i:D6}";

    private static Dictionary<string, object?> Node(string key, params (string Name, object? Value)[] properties)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal) { ["key"] = key };
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                props[name] = value;
            }
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["props"] = props };
    }

    /// <summary>A relationship row; with a source, the relationship cites it (<c>sources</c>/<c>quotes</c>, parallel lists).</summary>
    private Dictionary<string, object?> Relationship(string from, string to, int? source, params (string Name, object? Value)[] properties)
    {
        var props = properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        if (source is { } s)
        {
            props["sources"] = new List<string> { SourceKey(s) };
            props["quotes"] = new List<string> { $"Phrase {random.Next(40) + 1} de la dépêche {s + 1}." };
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["a"] = from, ["b"] = to, ["props"] = props };
    }

    private static Dictionary<string, object?> Citation(string from, int source, string quote) =>
        new(StringComparer.Ordinal) { ["a"] = from, ["b"] = SourceKey(source), ["props"] = new Dictionary<string, object?> { ["quote"] = quote } };
}

internal static class RowExtensions
{
    public static Dictionary<string, object?> With(this Dictionary<string, object?> row, string name, object? value)
    {
        row[name] = value;
        return row;
    }
}
