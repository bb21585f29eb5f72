using GraphExplorer.Application.Visibility;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// How many sources state a tie, and how many of them are independent: the one home of the rule. Sources are the
/// distinct articles its citations quote. Independent sources are the distinct publishers among them: two articles of
/// one newspaper count once (a follow-up restates its own earlier reporting, and one editor stands behind both), and
/// an article whose publisher is not known counts as a publisher of its own (nothing says it shares one). Publishers
/// are compared without regard to case or surrounding spaces.
/// </summary>
public static class EvidenceWeight
{
    /// <summary>The distinct articles quoted.</summary>
    public static int Sources(IEnumerable<Citation> citations) => citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The distinct publishers of the articles quoted; <paramref name="publishers"/> maps a source id to its
    /// publisher (absent or null when unknown).</summary>
    public static int Independent(IEnumerable<Citation> citations, IReadOnlyDictionary<string, string?> publishers) =>
        citations
            .Select(c => c.SourceId)
            .Distinct(StringComparer.Ordinal)
            .Select(id => publishers.GetValueOrDefault(id) is { } publisher && publisher.Trim().Length > 0
                ? "publisher:" + publisher.Trim().ToUpperInvariant()
                : "source:" + id)
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>
    /// The Cypher count of the independent sources that state the entity <paramref name="variable"/> (its
    /// <c>CITED_IN</c> articles the reader may see, by <see cref="Independent"/>'s rule); <paramref name="path"/> names
    /// the pattern for the visibility check and must be unique in the query.
    /// </summary>
    public static string IndependentToCypher(string variable, string path) =>
        $"COUNT {{ MATCH {Visible.Bind(path)}({variable})-[:CITED_IN]->(es:Source) WHERE {Visible.Path(path)} " +
        "RETURN DISTINCT CASE WHEN trim(coalesce(es.publisher, '')) <> '' THEN 'publisher:' + toUpper(trim(es.publisher)) ELSE 'source:' + es.key END }";
}
