using System.Collections.Immutable;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GraphExplorer.Cypher.Storage.FullText;

/// <summary>One analyzer a full-text index can be configured with, under the name Neo4j gives it.</summary>
/// <param name="Create">Makes a new Lucene analyzer (analyzers hold per-thread state, so each index owns its own).</param>
internal sealed record FullTextAnalyzer(string Name, string Description, ImmutableArray<string> StopWords, Func<Analyzer> Create);

/// <summary>
/// The analyzers of <c>fulltext.analyzer</c>, named as Neo4j 5 names them (<c>db.index.fulltext.listAvailableAnalyzers</c>)
/// and built from Lucene's own analyzers; only <c>standard-folding</c> is a chain assembled here, as Neo4j assembles it.
/// The default, as in Neo4j, is <c>standard-no-stop-words</c>.
/// </summary>
/// <remarks>Thread-safe (immutable). Language analyzers Lucene.Net 4.8 ships only in other packages (Thai, Chinese
/// beyond CJK bigrams) are not offered; asking for one is an unknown-analyzer error naming the ones there are.</remarks>
internal static class FullTextAnalyzers
{
    public const string DefaultName = "standard-no-stop-words";

    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly ImmutableDictionary<string, FullTextAnalyzer> ByName = Build();

    public static IEnumerable<FullTextAnalyzer> All => ByName.Values.OrderBy(a => a.Name, StringComparer.Ordinal);

    public static FullTextAnalyzer? Find(string name) => ByName.GetValueOrDefault(name);

    public static string Names => string.Join(", ", All.Select(a => a.Name));

    private static ImmutableDictionary<string, FullTextAnalyzer> Build()
    {
        var english = StopWordsOf(StandardAnalyzer.STOP_WORDS_SET);
        var list = new List<FullTextAnalyzer>
        {
            new(DefaultName, "The standard analyzer, without stop words: Unicode word boundaries (UAX #29), lower case.", [],
                () => new StandardAnalyzer(Version, CharArraySet.Empty)),
            new("standard", "Unicode word boundaries (UAX #29), lower case, English stop words removed.", english,
                () => new StandardAnalyzer(Version)),
            new("standard-folding", "Like 'standard', and accents (diacritics) folded to ASCII, so 'Liège' matches 'liege'.", english,
                () => new StandardFoldingAnalyzer()),
            new("simple", "Splits at non-letters and lower-cases.", [], () => new SimpleAnalyzer(Version)),
            new("whitespace", "Splits at white space only; case is kept.", [], () => new WhitespaceAnalyzer(Version)),
            new("keyword", "The whole value is one term, as it is.", [], () => new KeywordAnalyzer()),
            new("stop", "Splits at non-letters, lower-cases, removes English stop words.", StopWordsOf(StopAnalyzer.ENGLISH_STOP_WORDS_SET),
                () => new StopAnalyzer(Version)),
            new("classic", "Lucene's classic grammar (acronyms, company names, e-mail addresses), lower case, English stop words removed.",
                StopWordsOf(ClassicAnalyzer.STOP_WORDS_SET), () => new ClassicAnalyzer(Version)),
            new("url_or_email", "Like 'standard', and URLs and e-mail addresses kept as single terms.", StopWordsOf(UAX29URLEmailAnalyzer.STOP_WORDS_SET),
                () => new UAX29URLEmailAnalyzer(Version)),
            new("cjk", "Chinese, Japanese and Korean text as overlapping bigrams; other text as 'standard'.", StopWordsOf(CJKAnalyzer.DefaultStopSet),
                () => new CJKAnalyzer(Version)),
            Language("english", "English", () => new Lucene.Net.Analysis.En.EnglishAnalyzer(Version), Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet),
            Language("french", "French", () => new Lucene.Net.Analysis.Fr.FrenchAnalyzer(Version), Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet),
            Language("german", "German", () => new Lucene.Net.Analysis.De.GermanAnalyzer(Version), Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet),
            Language("dutch", "Dutch", () => new Lucene.Net.Analysis.Nl.DutchAnalyzer(Version), Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet),
            Language("spanish", "Spanish", () => new Lucene.Net.Analysis.Es.SpanishAnalyzer(Version), Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet),
            Language("italian", "Italian", () => new Lucene.Net.Analysis.It.ItalianAnalyzer(Version), Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet),
            Language("portuguese", "Portuguese", () => new Lucene.Net.Analysis.Pt.PortugueseAnalyzer(Version), Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet),
            Language("swedish", "Swedish", () => new Lucene.Net.Analysis.Sv.SwedishAnalyzer(Version), Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet),
            Language("danish", "Danish", () => new Lucene.Net.Analysis.Da.DanishAnalyzer(Version), Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet),
            Language("norwegian", "Norwegian", () => new Lucene.Net.Analysis.No.NorwegianAnalyzer(Version), Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet),
            Language("finnish", "Finnish", () => new Lucene.Net.Analysis.Fi.FinnishAnalyzer(Version), Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet),
            Language("russian", "Russian", () => new Lucene.Net.Analysis.Ru.RussianAnalyzer(Version), Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet),
        };
        return list.ToImmutableDictionary(a => a.Name, StringComparer.Ordinal);
    }

    private static FullTextAnalyzer Language(string name, string language, Func<Analyzer> create, CharArraySet stopWords) =>
        new(name, $"{language}: stemming and {language} stop words.", StopWordsOf(stopWords), create);

    private static ImmutableArray<string> StopWordsOf(CharArraySet set) =>
        [.. set.Select(o => o?.ToString() ?? "").Where(w => w.Length > 0).Order(StringComparer.Ordinal)];

    /// <summary>Neo4j's <c>standard-folding</c>: the standard tokenizer, ASCII folding, lower case, English stop words.</summary>
    private sealed class StandardFoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new StandardFilter(Version, source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, StandardAnalyzer.STOP_WORDS_SET);
            return new TokenStreamComponents(source, stream);
        }
    }
}
