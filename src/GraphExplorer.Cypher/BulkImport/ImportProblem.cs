namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// A bad entry of a bulk import: where it is and what is wrong. <see cref="Line"/> is the CSV record's number in its
/// file (the header counted, from 1), which is its line unless a quoted field earlier in the file spans lines;
/// <see cref="Field"/> is the field's position in the record, from 1 (0 when the whole record is at fault).
/// </summary>
public sealed record ImportProblem(string File, long Line, int Field, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Field}: {Message}";
}
