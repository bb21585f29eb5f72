using System.Text;
using System.Text.RegularExpressions;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Export;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// <c>scaffold</c>: the skeleton of the script for a new source article, for the steward to fill in. It holds the
/// <c>Source</c> node (key, title, language, and <c>file</c>, so <c>load</c> attaches the article's text), the article's
/// sentences each as a ready string literal with its <c>line:column</c> in the article (quotes are copied from there,
/// never typed), the entities the graph already has that the article names (to <c>MATCH</c> by key, not copy), and
/// commented templates of an entity and of its citations. As written it loads and validates: only the source is live
/// Cypher. Thread-safe (stateless).
/// </summary>
public static partial class ScriptScaffold
{
    /// <summary>An entity the graph has whose name (or alias) the article contains.</summary>
    public sealed record KnownEntity(string Key, string Name);

    /// <summary>A sentence of the article: where it starts (1-based line and column) and its text, whitespace runs as one space.</summary>
    public sealed record Sentence(int Line, int Column, string Text);

    /// <exception cref="ExplorerException">The key is not a source key, or the title is blank.</exception>
    public static string Write(string articleText, string articleFile, string sourceKey, string title, string language, IReadOnlyList<KnownEntity> known)
    {
        if (GraphModel.TypeOfKey(sourceKey) != EntityType.Source)
        {
            throw ApplicationErrors.InvalidArgument("key", $"'{sourceKey}' is not a source key: it must start with '{GraphModel.KeyPrefix(EntityType.Source)}'");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw ApplicationErrors.InvalidArgument("title", "the source needs its article's title");
        }

        var key = CypherLiteral.Write(sourceKey);
        var script = new StringBuilder()
            .AppendLine($"// Facts from sources/{articleFile} ({sourceKey}): « {title} ».")
            .AppendLine("// Made by `scaffold`: add each entity the article names and cite it with the sentence that states it (copy the")
            .AppendLine("// sentence's literal from the list below; a quote must occur in the article verbatim). Then: load --dry-run, load, validate.")
            .AppendLine()
            .AppendLine($"MERGE (s:Source {{key: {key}}})")
            .AppendLine($"SET s += {{title: {CypherLiteral.Write(title)}, language: {CypherLiteral.Write(language)}, file: {CypherLiteral.Write(articleFile)}}};")
            .AppendLine();
        script.AppendLine(known.Count == 0
            ? "// ======== Entities the graph already has that the article names: none found."
            : "// ======== Entities the graph already has that the article names: MATCH them by key, do not copy them.");
        foreach (var entity in known)
        {
            script.AppendLine($"//   {entity.Key} ({entity.Name})");
        }

        script.AppendLine()
            .AppendLine("// ======== New entities: one MERGE on its key each (kinds: cypher/README.md, \"Model\").")
            .AppendLine("// MERGE (n:Organization {key: 'org:…'})")
            .AppendLine("// SET n += {name: '…', kind: '…', description: '…', searchText: '…'};")
            .AppendLine()
            .AppendLine("// ======== Citations: each entity with the sentences that state it.")
            .AppendLine($"// MATCH (s:Source {{key: {key}}})")
            .AppendLine("// UNWIND [")
            .AppendLine("//   {key: 'org:…', quote: <a sentence below>}")
            .AppendLine("// ] AS row")
            .AppendLine("// MATCH (n {key: row.key}) MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);")
            .AppendLine()
            .AppendLine($"// ======== The article's sentences (line:column in sources/{articleFile}):");
        foreach (var (sentence, i) in Sentences(articleText).Select((s, i) => (s, i + 1)))
        {
            script.AppendLine($"// s{i} {sentence.Line}:{sentence.Column} {CypherLiteral.Write(sentence.Text)}");
        }

        return script.ToString();
    }

    /// <summary>The article cut into sentences: at a line break, and after ". ", "! ", "? " (or "…") followed by a
    /// capital letter, a digit or a quote mark. Abbreviations ("M. Bettel") may cut a sentence in two; each piece still
    /// occurs in the article.</summary>
    public static IReadOnlyList<Sentence> Sentences(string text)
    {
        var sentences = new List<Sentence>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var start = 0;
            foreach (var end in Ends().Matches(lines[l]).Select(m => m.Index + m.Length).Append(lines[l].Length))
            {
                var piece = lines[l][start..end];
                var trimmed = piece.TrimStart();
                var sentenceText = Whitespace().Replace(trimmed.TrimEnd(), " ");
                if (sentenceText.Length > 0)
                {
                    sentences.Add(new Sentence(l + 1, start + piece.Length - trimmed.Length + 1, sentenceText));
                }

                start = end;
            }
        }

        return sentences;
    }

    /// <summary>The organisations, people, places and sectors of the graph whose name or an alias the article contains,
    /// as whole words once normalised (<see cref="SearchText.Normalize"/>), names of 3 characters or more.</summary>
    public static async Task<IReadOnlyList<KnownEntity>> KnownAsync(IGraphDatabase database, string articleText, CancellationToken cancellationToken = default)
    {
        var article = $" {SearchText.Normalize(articleText)} ";
        var known = new List<KnownEntity>();
        foreach (var type in new[] { EntityType.Organization, EntityType.Person, EntityType.Place, EntityType.Sector })
        {
            foreach (var row in await database.SystemReadAsync($"MATCH (n:{GraphModel.Label(type)}) WHERE n.key IS NOT NULL RETURN n", null, cancellationToken))
            {
                var node = row.Get<CypherNode>("n");
                var names = SearchText.Names(node.Properties).ToList();
                if (names.Select(SearchText.Normalize).Any(name => name.Length >= 3 && article.Contains($" {name} ", StringComparison.Ordinal)))
                {
                    known.Add(new KnownEntity((string)node.Properties["key"]!, names.FirstOrDefault() ?? ""));
                }
            }
        }

        return [.. known.OrderBy(k => k.Key, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}\d«""“'(])")]
    private static partial Regex Ends();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
