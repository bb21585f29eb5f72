using System.Text;
using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Keeps each article's text on its <c>Source</c> node. The rule (cypher/README.md, "Source texts"): a Source node's
/// <c>file</c> names the article's text in the <c>sources/</c> folder beside the script being loaded
/// (<c>cypher/sources/001_20df84f1ae021dc9.txt</c>); after a script's queries, in the same transaction, every Source
/// whose file is there gets that text as <c>text</c> (line endings normalised to <c>\n</c>, otherwise byte for byte)
/// and a <c>searchText</c> of its title and text, so the article applies with the script or not at all.
/// </summary>
/// <remarks>
/// A Source that names a file that is not there keeps the text it has (a dump restored from elsewhere carries its
/// texts); one that has no text either is an error naming the source, the file and the folder. Only sources whose text
/// or searchText differ are written, so a re-run changes nothing. Stateless.
/// </remarks>
internal static class SourceTexts
{
    public const string Folder = "sources";

    /// <summary>Sets the text of every Source whose article is in <c>sources/</c> beside <paramref name="script"/>.</summary>
    /// <exception cref="CypherException">A Source names an article that is neither there nor already loaded.</exception>
    public static async Task<QueryStatistics> AttachAsync(IGraphTransaction transaction, ScriptFile script, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(script.Path)) ?? ".", Folder);
        var sources = await transaction.RunAsync(
            "MATCH (s:Source) WHERE s.file IS NOT NULL RETURN s.key AS key, s.file AS file, s.title AS title, s.text AS text, s.searchText AS searchText",
            null,
            cancellationToken);
        var statistics = QueryStatistics.Empty;
        foreach (var source in sources)
        {
            var key = source.Get<string>("key");
            var file = source.Get<string>("file");
            var path = Path.Combine(folder, Path.GetFileName(file));
            if (!File.Exists(path))
            {
                if (source["text"] is null)
                {
                    throw new CypherException(
                        CypherErrorKind.EntityNotFound,
                        CypherErrorPhase.Runtime,
                        "SourceTextMissing",
                        $"Source {key} names the article '{file}', which is not in {folder} (an article's text lives in " +
                        $"{Folder}/ beside the scripts that cite it); nothing of {script.Name} was applied.");
                }

                continue;
            }

            var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
            var searchText = SearchText.Build([source["title"] as string, text]);
            if (source["text"] as string == text && source["searchText"] as string == searchText)
            {
                continue;
            }

            statistics += (await transaction.RunAsync(
                "MATCH (s:Source {key: $key}) SET s.text = $text, s.searchText = $searchText",
                new Dictionary<string, object?> { ["key"] = key, ["text"] = text, ["searchText"] = searchText },
                cancellationToken)).Statistics;
        }

        return statistics;
    }
}
