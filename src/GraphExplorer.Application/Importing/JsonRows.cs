using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphExplorer.Application.Loading;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// The records of an import's JSON file: an array of objects (<c>[{…}, {…}]</c>) or one object after another (JSON
/// Lines). A mapping names a record's values by path: <c>title</c>, a nested field <c>party.key</c>, an array's item
/// <c>parties.0.key</c>. Each record becomes the cells of <see cref="Fields"/> (the paths the mapping reads), each
/// with the line and column of its value (an absent or null value is empty, placed at its record's first line); a
/// string is its text, a number as written, <c>true</c>/<c>false</c> as such; an array of texts at a <c>list</c>
/// value is its items. A field the mapping neither reads nor ignores (ignoring a field ignores what it holds) is a
/// mistake at its place, as is an object or array where one value is read, and a path no record has.
/// </summary>
/// <remarks>
/// Streams with System.Text.Json's <see cref="Utf8JsonReader"/> over a buffer refilled from the file: memory is the
/// largest record (at most <see cref="MaxRecordBytes"/>), whatever the file's size. Lines and columns count from 1,
/// columns in characters. Not thread-safe; each <see cref="Read"/> reads the file again.
/// </remarks>
internal sealed class JsonRows : ImportRows
{
    /// <summary>The largest record read (an unclosed brace otherwise makes the whole file one record).</summary>
    public const int MaxRecordBytes = 1 << 24;

    private const int MaxErrors = ImportScriptWriter.MaxErrors;

    private readonly ImportMapping mapping;
    private readonly string[] fields;
    private readonly Dictionary<string, int> indexes;

    /// <summary>Paths holding a read or ignored path below them (<c>party</c> for <c>party.key</c>): records are looked into there.</summary>
    private readonly HashSet<string> prefixes = new(StringComparer.Ordinal);

    private readonly List<LoadError> errors = [];
    private readonly HashSet<int> seen = [];
    private bool readOnce;
    private int records;

    private JsonRows(ImportMapping mapping)
        : base(mapping.DataPath)
    {
        this.mapping = mapping;
        fields = [.. mapping.Columns.Select(c => c.Column!).Distinct(StringComparer.Ordinal)];
        indexes = fields.Select((path, index) => (path, index)).ToDictionary(f => f.path, f => f.index, StringComparer.Ordinal);
        foreach (var path in fields.Concat(mapping.Ignored))
        {
            for (var dot = path.IndexOf('.', StringComparison.Ordinal); dot > 0; dot = path.IndexOf('.', dot + 1))
            {
                prefixes.Add(path[..dot]);
            }
        }
    }

    public override IReadOnlyList<string> Fields => fields;

    /// <exception cref="ImportException">The file is missing.</exception>
    public static new JsonRows Open(ImportMapping mapping) =>
        File.Exists(mapping.DataPath)
            ? new JsonRows(mapping)
            : throw new ImportException([new LoadError(mapping.DataPath, 1, 1, "no such JSON file (json: is read from the mapping file's folder)")]);

    public override string Describe(int field) => $"field '{fields[field]}'";

    public override string Record(int number) => $"the record at line {number}";

    public override IReadOnlyList<LoadError> FieldErrors(ImportMapping mapping)
    {
        // A file without records has nothing to check its paths against (and imports nothing).
        var unseen = mapping.Columns.Where(_ => records > 0).Where(c => !seen.Contains(indexes[c.Column!])).DistinctBy(c => c.Column)
            .Select(c => new LoadError(mapping.Path, c.Line, 1, $"no record of {Name} has the field '{c.Column}' (a nested field is written party.key, an array's item parties.0.key)"));
        return [.. errors, .. unseen];
    }

    public override IEnumerable<ImportRow> Read()
    {
        using var reader = new RecordReader(this);
        while (reader.Next() is { } row)
        {
            records += readOnce ? 0 : 1;
            yield return row;
        }

        readOnce = true;
    }

    private void Mistake((int Line, int Column) at, string message)
    {
        if (!readOnce && errors.Count < MaxErrors)
        {
            errors.Add(new LoadError(Name, at.Line, at.Column, message));
        }
    }

    /// <summary>A line and column, moved on over the bytes read (UTF-8: a column is a character, not a byte).</summary>
    private struct Place(int line, int column)
    {
        public int Line = line;
        public int Column = column;

        public readonly (int Line, int Column) At => (Line, Column);

        public void Advance(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (b == (byte)'\n')
                {
                    Line++;
                    Column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    Column++;
                }
            }
        }
    }

    /// <summary>
    /// One pass over the file: frames each record (its bytes complete in the buffer, the buffer grown up to
    /// <see cref="MaxRecordBytes"/> when one is longer), then reads its values. Owns the file stream.
    /// </summary>
    private sealed class RecordReader(JsonRows rows) : IDisposable
    {
        private static readonly JsonReaderOptions Options = new() { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Disallow };

        private readonly FileStream stream = File.OpenRead(rows.FilePath);
        private byte[] buffer = new byte[1 << 16];
        private int length;
        private int offset;
        private bool final;
        private JsonReaderState state = new(Options);
        private Place place = new(1, 1);
        private int counted;
        private bool? array;
        private bool arrayEnded;

        public void Dispose() => stream.Dispose();

        public ImportRow? Next()
        {
            while (true)
            {
                if (TryNext(out var start, out var end, out var done))
                {
                    if (done)
                    {
                        return null;
                    }

                    if (start < 0)
                    {
                        continue;
                    }

                    Count(start);
                    var row = Parse(buffer.AsSpan(start, end - start), place);
                    Count(end);
                    return row;
                }

                Refill();
            }
        }

        /// <summary>Reads the next record's frame; false when the buffer ends first (nothing is taken then).</summary>
        /// <param name="start">The record's first byte in the buffer, or -1 for a token that is not a record (the array's brackets).</param>
        private bool TryNext(out int start, out int end, out bool done)
        {
            (start, end, done) = (-1, -1, false);
            var reader = new Utf8JsonReader(buffer.AsSpan(offset, length - offset), final, state);
            try
            {
                if (!reader.Read())
                {
                    if (!final)
                    {
                        return false;
                    }

                    done = true;
                    return array is not null
                        ? true
                        : throw Refused(place.At, "the JSON file is empty: it holds an array of records ([{…}, {…}]) or one record per line");
                }

                var at = offset + (int)reader.TokenStartIndex;
                if (arrayEnded)
                {
                    Count(at);
                    throw Refused(place.At, "more JSON after the array of records ends");
                }

                if (array is null && reader.TokenType == JsonTokenType.StartArray)
                {
                    array = true;
                    Commit(ref reader);
                    return true;
                }

                array ??= false;
                if (array == true && reader.TokenType == JsonTokenType.EndArray)
                {
                    arrayEnded = true;
                    Commit(ref reader);
                    return true;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Count(at);
                    throw Refused(place.At, array == true
                        ? $"an item of the array is {Describe(reader.TokenType)}: each record is an object {{…}}"
                        : "a JSON file of records is an array of objects ([{…}, {…}]) or one object per line (JSON Lines)");
                }

                if (!reader.TrySkip())
                {
                    return false;
                }

                (start, end) = (at, offset + (int)reader.BytesConsumed);
                Commit(ref reader);
                return true;
            }
            catch (JsonException exception)
            {
                throw Refused(((int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1), $"not valid JSON: {exception.Message}");
            }
        }

        private void Commit(ref Utf8JsonReader reader)
        {
            offset += (int)reader.BytesConsumed;
            state = reader.CurrentState;
        }

        /// <summary>Moves the line and column on to <paramref name="to"/> (a position in the buffer).</summary>
        private void Count(int to)
        {
            place.Advance(buffer.AsSpan(counted, to - counted));
            counted = to;
        }

        /// <summary>Keeps the bytes not yet taken, growing the buffer when they fill it, and reads more of the file.</summary>
        private void Refill()
        {
            Count(offset);
            if (offset == 0 && length == buffer.Length)
            {
                if (buffer.Length >= MaxRecordBytes)
                {
                    throw Refused(place.At, $"a record longer than {MaxRecordBytes:N0} bytes (an unclosed brace or quote?)");
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer.AsSpan(offset, length - offset).CopyTo(buffer);
            (length, counted, offset) = (length - offset, 0, 0);
            var read = stream.Read(buffer, length, buffer.Length - length);
            length += read;
            final = read == 0;
        }

        /// <summary>The cells of one record: its bytes are complete, so its reader needs no more data.</summary>
        private ImportRow Parse(ReadOnlySpan<byte> record, Place first)
        {
            var cells = new string[rows.fields.Length];
            Array.Fill(cells, "");
            var positions = new (int Line, int Column)[cells.Length];
            Array.Fill(positions, first.At);
            var bytes = record.ToArray();
            var walk = new Walk(rows, cells, positions, first, bytes);
            var reader = new Utf8JsonReader(bytes, isFinalBlock: true, default);
            reader.Read();
            walk.Object(ref reader, "");
            return new ImportRow(first.Line, cells, positions);
        }

        private ImportException Refused((int Line, int Column) at, string message) =>
            new([new LoadError(rows.Name, at.Line, at.Column, message)]);
    }

    /// <summary>Walks one record's values, filling its cells; the place follows the reader.</summary>
    private sealed class Walk(JsonRows rows, string[] cells, (int Line, int Column)[] positions, Place place, byte[] record)
    {
        private int counted;
        private Place place = place;

        /// <summary>The properties of the object the reader is at, under <paramref name="path"/> ("" for the record).</summary>
        public void Object(ref Utf8JsonReader reader, string path)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var at = At(ref reader);
                reader.Read();
                Value(ref reader, path.Length == 0 ? name : $"{path}.{name}", at);
            }
        }

        private void Value(ref Utf8JsonReader reader, string path, (int Line, int Column) nameAt)
        {
            var at = At(ref reader);
            if (rows.indexes.TryGetValue(path, out var field))
            {
                rows.seen.Add(field);
                positions[field] = at;
                cells[field] = reader.TokenType switch
                {
                    JsonTokenType.StartObject => Skip(ref reader, at, $"field '{path}' is an object where one value is read: name one of its fields ({path}.…)"),
                    JsonTokenType.StartArray => List(ref reader, path, field, at),
                    _ => Scalar(ref reader),
                };
            }
            else if (rows.mapping.Ignored.Contains(path) || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
            }
            else if (rows.prefixes.Contains(path) && reader.TokenType == JsonTokenType.StartObject)
            {
                Object(ref reader, path);
            }
            else if (rows.prefixes.Contains(path) && reader.TokenType == JsonTokenType.StartArray)
            {
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    Value(ref reader, $"{path}.{index.ToString(CultureInfo.InvariantCulture)}", At(ref reader));
                }
            }
            else if (rows.prefixes.Contains(path))
            {
                Skip(ref reader, at, $"field '{path}' is {Describe(reader.TokenType)} where the mapping reads fields of it ({path}.…)");
            }
            else
            {
                Skip(ref reader, nameAt, $"field '{path}' is neither mapped nor listed under ignore: in {rows.mapping.Name}");
            }
        }

        /// <summary>An array of texts, numbers or booleans read as a list: its items joined by the value's separator, which they must not hold.</summary>
        private string List(ref Utf8JsonReader reader, string path, int field, (int Line, int Column) at)
        {
            var value = rows.mapping.Columns.First(c => c.Column == rows.fields[field]);
            if (value.Type != ImportType.List)
            {
                return Skip(ref reader, at, $"field '{path}' is an array where one value is read (type: list reads an array of texts)");
            }

            var items = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var itemAt = At(ref reader);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    return Skip(ref reader, itemAt, $"an item of the list '{path}' is {Describe(reader.TokenType)}: a list holds texts", toEndOfArray: true);
                }

                var item = Scalar(ref reader);
                if (item.Contains(value.Separator, StringComparison.Ordinal))
                {
                    rows.Mistake(itemAt, $"an item of the list '{path}' holds its separator '{value.Separator}' (give the value another separator:)");
                }

                items.Add(item);
            }

            return string.Join(value.Separator, items);
        }

        private static string Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            JsonTokenType.Null => "",
            _ => Encoding.UTF8.GetString(reader.ValueSpan),
        };

        /// <summary>Reports a mistake and skips the value the reader is at (or, inside an array, the rest of the array).</summary>
        private string Skip(ref Utf8JsonReader reader, (int Line, int Column) at, string message, bool toEndOfArray = false)
        {
            rows.Mistake(at, message);
            reader.Skip();
            if (toEndOfArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    reader.Skip();
                }
            }

            return "";
        }

        private (int Line, int Column) At(ref Utf8JsonReader reader)
        {
            var start = (int)reader.TokenStartIndex;
            place.Advance(record.AsSpan(counted, start - counted));
            counted = start;
            return place.At;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}
