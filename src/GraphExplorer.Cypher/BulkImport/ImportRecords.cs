namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// The data records of one <c>--nodes</c> or <c>--relationships</c> group's files, in file order, parsed on a second
/// thread (<see cref="ImportBatchReader"/>); a record with more fields than the header is reported as an error and
/// passed over. Not thread-safe: one enumeration at a time, on the importing thread.
/// </summary>
internal static class ImportRecords
{
    /// <summary>One record: its batch (file, header columns, fields) and its place in the batch.</summary>
    public readonly record struct Record(RecordBatch Batch, int Index)
    {
        public ImportColumn[] Columns => Batch.Columns;

        public string File => Batch.File;

        public long RowNumber => Batch.RowNumber(Index);

        public int FieldCount => Batch.FieldCount(Index);

        public ReadOnlySpan<char> Field(int field) => Batch.Field(Index, field);
    }

    public static IEnumerable<Record> Read(ImportInput input, bool forRelationships, char delimiter, ImportProblems problems)
    {
        using var reader = new ImportBatchReader(input, forRelationships, delimiter);
        foreach (var batch in reader.Filled())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var record = new Record(batch, i);
                if (record.FieldCount > batch.Columns.Length)
                {
                    problems.Error(new ImportProblem(batch.File, record.RowNumber, batch.Columns.Length + 1, $"{record.FieldCount} fields where the header has {batch.Columns.Length}"));
                    continue;
                }

                yield return record;
            }

            reader.Return(batch);
        }
    }
}
