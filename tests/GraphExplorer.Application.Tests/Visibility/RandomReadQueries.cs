namespace GraphExplorer.Application.Tests.Visibility;

/// <summary>
/// GraphQL read documents drawn at random (from a seeded <see cref="Random"/>) over the API's read operations: lists
/// with filters, sorts, nested connections, counts, aggregates and groups; search; node lookups; neighbourhoods (with
/// degrees, source counts, sectors and countries); connecting paths; partners; gaps; timeline and aggregates. Ids are
/// drawn from every key of the data, hidden ones included.
/// </summary>
internal sealed class RandomReadQueries(Random random, IReadOnlyList<string> keys)
{
    private static readonly (string Field, string[] Sorts)[] Lists =
    [
        ("organizations", ["NAME", "AGREEMENT_COUNT", "EVENT_COUNT", "SECTORS_COUNT"]),
        ("agreements", ["SIGNED_DATE", "TITLE", "PARTY_COUNT", "SECTORS_COUNT"]),
        ("events", ["START_DATE", "NAME", "PARTICIPANT_COUNT"]),
        ("facts", ["YEAR", "VALUE", "STATEMENT"]),
        ("people", []),
    ];

    private static readonly string[] Words = ["lux", "japan", "space", "agence", "univers", "accord", "tokyo", "wallon", "kumamoto", "data", "research", "bourgogne"];

    public string Next() => random.Next(11) switch
    {
        0 or 1 => List(),
        2 => Nested(),
        3 => $$"""{ search(text: "{{Pick(Words)}}", first: {{random.Next(1, 15)}}) { entity { id name } matched } }""",
        4 => $$"""{ node(id: "{{Key()}}") { id } entity(id: "{{Key()}}") { id name } }""",
        5 => $$"""{ neighbourhood(id: "{{Key()}}", depth: {{random.Next(1, 3)}}, limit: {{random.Next(5, 80)}}) { truncated nodes { id degree sourceCount sectors countries location { place } } edges { id citations { source { id } quote } } } }""",
        6 => $$"""{ connections(from: "{{Key()}}", to: "{{Key()}}", maxLength: {{random.Next(2, 6)}}, first: 3{{(random.Next(2) == 0 ? ", through: [PLACE, SECTOR]" : "")}}) { noDocumentedLink reason paths { nodes { id degree } edges { id } } weakerPaths { nodes { id } edges { id } } } }""",
        7 => $$"""{ partners(id: "{{Key("org:", "person:")}}", first: 10) { partner { id degree } weight agreements { id } events { id } } }""",
        8 => "{ aggregates { entitiesByType { key count } organizationsByKind { key count } agreementsByYear { key count } eventsByYear { key count } bySector { key count } byCountry { key count } } }",
        9 => $$"""{ gaps(first: 200) { kind entity { id } relationship other { id } source { id } } timeline(first: {{random.Next(5, 60)}}) { entity { id } title } }""",
        _ => $$"""{ entity(id: "{{Key()}}") { id citations { source { id } quote } ... on Organization { sectors { id } country { id } agreements(first: 5) { totalCount nodes { id } } } ... on Agreement { parties { party { id } } sectors { id } } } }""",
    };

    private string List()
    {
        var (field, sorts) = Pick(Lists);
        var arguments = new List<string> { $"first: {random.Next(1, 40)}" };
        if (sorts.Length > 0 && random.Next(3) > 0)
        {
            arguments.Add($"orderBy: [{{ field: {Pick(sorts)}, direction: {(random.Next(2) == 0 ? "ASC" : "DESC")} }}]");
        }

        if (Where(field) is { } where)
        {
            arguments.Add($"where: {where}");
        }

        var groups = field == "agreements" ? " groups(by: [KIND]) { key count }" : "";
        return $"{{ {field}({string.Join(", ", arguments)}) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ id name }} aggregate {{ count{groups} }} }} }}";
    }

    private string Nested() => random.Next(3) switch
    {
        0 => $"{{ organizations(first: {random.Next(5, 40)}) {{ nodes {{ id agreements(first: 3) {{ totalCount nodes {{ id }} }} events(first: 2) {{ totalCount }} }} }} }}",
        1 => $"{{ agreements(first: {random.Next(5, 40)}) {{ nodes {{ id parties {{ party {{ id }} role }} sectors {{ id }} }} }} }}",
        _ => $"{{ organizations(first: {random.Next(5, 40)}, orderBy: [{{ field: AGREEMENT_COUNT, direction: DESC }}]) {{ nodes {{ id agreements(first: 2) {{ totalCount aggregate {{ count }} }} }} }} }}",
    };

    private string? Where(string field) => (field, random.Next(4)) switch
    {
        ("organizations", 0) => $$"""{ agreements: { some: { parties: { some: { id: { eq: "{{Key("org:")}}" } } } } } }""",
        ("organizations", 1) => $$"""{ sectors: { some: { id: { eq: "{{Key("sector:")}}" } } } }""",
        ("agreements", 0) => $$"""{ parties: { {{Pick(["some", "none", "all", "single"])}}: { name: { containsInsensitive: "{{Pick(Words)}}" } } } }""",
        ("agreements", 1) => $$"""{ party: "{{Key("org:")}}" }""",
        ("events", 0) => $$"""{ participant: "{{Key("org:")}}" }""",
        _ => null,
    };

    private string Key(params string[] prefixes)
    {
        var candidates = prefixes.Length == 0 ? keys : [.. keys.Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)))];
        return candidates.Count == 0 ? keys[random.Next(keys.Count)] : candidates[random.Next(candidates.Count)];
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
