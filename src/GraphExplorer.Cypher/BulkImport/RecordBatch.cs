namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// Up to <see cref="Capacity"/> data records of one file, their fields copied out of the CSV reader into one character
/// buffer, so that records parsed on the reading thread can be encoded on the importing thread
/// (<see cref="ImportRecords"/>). Owned by one thread at a time: filled by the reader, handed over, read, handed back.
/// </summary>
internal sealed class RecordBatch
{
    public const int Capacity = 4096;

    private readonly int[] recordFirstField = new int[Capacity + 1];
    private readonly long[] rowNumbers = new long[Capacity];
    private char[] chars = new char[Capacity * 32];
    private int[] fieldEnds = new int[Capacity * 4];
    private int charCount;
    private int fieldCount;

    public int Count { get; private set; }

    public string File { get; private set; } = "";

    public ImportColumn[] Columns { get; private set; } = [];

    public bool IsFull => Count == Capacity;

    public void Reset(string file, ImportColumn[] columns)
    {
        (File, Columns, Count, charCount, fieldCount) = (file, columns, 0, 0, 0);
    }

    public void BeginRecord(long rowNumber)
    {
        recordFirstField[Count] = fieldCount;
        rowNumbers[Count] = rowNumber;
    }

    public void AddField(ReadOnlySpan<char> field)
    {
        if (charCount + field.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + field.Length));
        }

        if (fieldCount == fieldEnds.Length)
        {
            Array.Resize(ref fieldEnds, fieldEnds.Length * 2);
        }

        field.CopyTo(chars.AsSpan(charCount));
        charCount += field.Length;
        fieldEnds[fieldCount++] = charCount;
    }

    public void EndRecord()
    {
        Count++;
        recordFirstField[Count] = fieldCount;
    }

    public long RowNumber(int record) => rowNumbers[record];

    public int FieldCount(int record) => recordFirstField[record + 1] - recordFirstField[record];

    public ReadOnlySpan<char> Field(int record, int field)
    {
        var index = recordFirstField[record] + field;
        var start = index == 0 ? 0 : fieldEnds[index - 1];
        return chars.AsSpan(start, fieldEnds[index] - start);
    }
}
