using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using Sylvan.Data.Csv;

namespace GraphExplorer.Cypher.Execution.Import;

/// <summary>One record of a CSV file as LOAD CSV gives it, and its number in the file (from 1, the header counted).</summary>
internal readonly record struct CsvRecord(object Value, long Number);

/// <summary>
/// The records of a CSV file as Neo4j's LOAD CSV reads them: every value a string; without headers each record a
/// list of its fields; with headers each record after the first a map from the header's names, an empty or missing
/// field null. Fields may be quoted with <c>"</c>, a quote inside doubled (RFC 4180). The file is read as a stream
/// (Sylvan.Data.Csv), so memory stays bounded by the longest record, which may hold up to
/// <see cref="MaxRecordCharacters"/> characters.
/// </summary>
internal static class CsvRecords
{
    public const int MaxRecordCharacters = 1 << 24;

    public static IEnumerable<CsvRecord> Read(string path, string url, bool withHeaders, char fieldTerminator, SyntaxNode at)
    {
        using var text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = fieldTerminator,
            Quote = '"',
            Escape = '"',
            MaxBufferSize = MaxRecordCharacters,
        };
        using var csv = Parse(() => CsvDataReader.Create(text, options), url, 1, at);
        string[]? headers = null;
        while (Parse(csv.Read, url, csv.RowNumber + 1, at))
        {
            var fields = new string[csv.RowFieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            if (!withHeaders)
            {
                yield return new CsvRecord(fields.Cast<object?>().ToList(), csv.RowNumber);
            }
            else if (headers is null)
            {
                headers = fields;
            }
            else
            {
                var map = new Dictionary<string, object?>(headers.Length, StringComparer.Ordinal);
                for (var i = 0; i < headers.Length; i++)
                {
                    map[headers[i]] = i < fields.Length && fields[i].Length > 0 ? fields[i] : null;
                }

                yield return new CsvRecord(map, csv.RowNumber);
            }
        }
    }

    /// <summary>Runs a step of the reader, turning its format errors into one naming the file and the record.</summary>
    private static T Parse<T>(Func<T> step, string url, long record, SyntaxNode at)
    {
        try
        {
            return step();
        }
        catch (CsvRecordTooLargeException)
        {
            throw CypherErrors.MalformedCsv(url, record, $"a record longer than {MaxRecordCharacters:N0} characters (an unclosed quote?)", at);
        }
        catch (CsvFormatException e)
        {
            throw CypherErrors.MalformedCsv(url, e.RowNumber > 0 ? e.RowNumber : record, e.Message, at);
        }
    }
}
