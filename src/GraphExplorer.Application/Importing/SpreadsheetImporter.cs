using System.Text;
using F23.StringSimilarity;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// <c>import</c>: applies a steward's spreadsheet (CSV) or JSON records through its mapping file (cypher/README.md, "A
/// spreadsheet"). The mapping and every record are checked first — columns the mapping names against the header (the
/// fields of JSON records against the mapping), every cell against its type, every referenced key against the graph —
/// and every mistake is listed at its <c>file:row:column</c> (<c>file.json:line:column</c>; or the mapping's line)
/// with nothing applied. Then the rows become a Cypher script (<see cref="ImportScriptWriter"/>) that
/// <see cref="ScriptLoader"/> applies as one batch named after the mapping file, with all a script's guarantees: one
/// transaction, the data rules and quotes checked before commit, the dry run's diff, and re-ingest — importing a
/// changed spreadsheet again replaces exactly what the import asserted before (an import is always re-applied when its
/// rows changed; the same rows again are "unchanged"). <c>rollback</c> and <c>retract</c> take the mapping file's name.
/// The loader's findings are taken back from the generated script to the cells (<see cref="ImportMarker"/>).
/// </summary>
/// <remarks>Memory: a row (a JSON record) at a time, plus the keys the spreadsheet names; the generated script is a temporary file,
/// deleted when the import ends. Thread-safety: one import at a time per database, as for <c>load</c>.</remarks>
public sealed class SpreadsheetImporter(IGraphDatabase database)
{
    private static readonly Levenshtein Distance = new();

    /// <exception cref="ImportException">The mapping, the spreadsheet or a reference is wrong: nothing ran.</exception>
    public async Task<ScriptReport> ImportAsync(string mappingPath, LoadOptions options, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(mappingPath))
        {
            throw new ImportException([new LoadError(mappingPath, 1, 1, "no such mapping file")]);
        }

        var mapping = ImportMappingReader.Read(mappingPath);
        var rows = ImportRows.Open(mapping);
        var folder = Directory.CreateTempSubdirectory("graphexplorer-import-");
        try
        {
            // Named as the mapping file: the import's name among applied scripts, batches and audit entries.
            var generated = Path.Combine(folder.FullName, mapping.Name);
            var writer = new ImportScriptWriter(mapping, rows);
            await using (var output = new StreamWriter(generated, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.Write(output);
            }

            var errors = writer.Errors.Concat(rows.FieldErrors(mapping)).ToList();
            if (errors.Count == 0)
            {
                errors.AddRange(await MissingReferencesAsync(writer, mapping, rows, cancellationToken));
            }

            if (errors.Count > 0)
            {
                if (writer.MoreErrors > 0)
                {
                    errors.Add(new LoadError(rows.Name, errors[^1].Line, errors[^1].Column, $"… and {writer.MoreErrors} more mistake(s) not listed"));
                }

                throw new ImportException(errors);
            }

            var report = (await new ScriptLoader(database).LoadAsync([ScriptFile.Read(generated)], options with { AllowChanged = true }, cancellationToken)).Single();
            return report with
            {
                Error = report.Error is { } error ? ImportMarker.Locate([error], generated, mapping, rows)[0] : null,
                Misquotes = ImportMarker.Locate(report.Misquotes, generated, mapping, rows),
                Violations = ImportMarker.Locate(report.Violations, generated, mapping, rows),
                Warnings = ImportMarker.Locate(report.Warnings, generated, mapping, rows),
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The keys the rows refer to (existing entities, cited sources) that neither the graph nor the import has, each at
    /// the cell that first names it, with the closest key of its label when one is a typo away.
    /// </summary>
    private async Task<IReadOnlyList<LoadError>> MissingReferencesAsync(ImportScriptWriter writer, ImportMapping mapping, ImportRows rows, CancellationToken cancellationToken)
    {
        var created = writer.Created.ToHashSet(StringComparer.Ordinal);
        var errors = new List<LoadError>();
        await using var session = database.OpenSession(SessionOptions.System);
        foreach (var group in writer.Referenced.Where(r => !created.Contains(r.Key)).GroupBy(r => GraphModel.RequireTypeOfKey(r.Key)))
        {
            var label = GraphModel.Label(group.Key);
            var keys = group.Select(r => r.Key).ToList();
            var found = (await session.RunAsync($"MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS key",
                new Dictionary<string, object?> { ["keys"] = keys }, cancellationToken)).Select(r => r.Get<string>("key")).ToHashSet(StringComparer.Ordinal);
            var missing = group.Where(r => !found.Contains(r.Key)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var all = (await session.RunAsync($"MATCH (n:{label}) WHERE n.key IS NOT NULL RETURN n.key AS key", null, cancellationToken))
                .Select(r => r.Get<string>("key")).Concat(created.Where(k => GraphModel.TypeOfKey(k) == group.Key)).ToList();
            foreach (var (key, at) in missing)
            {
                var closest = all.MinBy(k => Distance.Distance(k, key));
                var hint = closest is not null && Distance.Distance(closest, key) <= 3 ? $"; did you mean '{closest}'?" : "";
                errors.Add(at.Error(mapping, rows, group.Key == EntityType.Source
                    ? $"no Source has the key '{key}' (load the script that creates it first){hint}"
                    : $"no {label} has the key '{key}', in the graph or in this import: an existing entity is referenced by its key, never created{hint}"));
            }
        }

        return [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
    }
}
