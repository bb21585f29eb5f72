using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Sylvan.Data.Csv;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// Reads one <c>--nodes</c> or <c>--relationships</c> group's files on a thread of its own with Sylvan's CSV reader and
/// hands its data records over in batches (<see cref="RecordBatch"/>), so that parsing and encoding run on two cores.
/// The first file's first record is the header (neo4j-admin's rule) and blank lines are passed over; a header that is
/// not understood or a format error (an unclosed quote, a malformed quoted field) is rethrown to the consumer, in file
/// order, after the records before it.
/// </summary>
/// <remarks>
/// Memory is bounded: <see cref="Batches"/> batches circulate between the two threads, so the reader is never more
/// than that many batches ahead. Thread-safety: one consumer thread calls <see cref="Filled"/>, <see cref="Return"/> and
/// <see cref="Dispose"/>, which stops the reading thread and waits for it.
/// </remarks>
internal sealed class ImportBatchReader : IDisposable
{
    private const int Batches = 4;
    private const int MaxRecordCharacters = 1 << 24;

    private readonly BlockingCollection<RecordBatch> filled = new(Batches);
    private readonly BlockingCollection<RecordBatch> free = new(Batches);
    private readonly CancellationTokenSource stop = new();
    private readonly ImportInput input;
    private readonly bool forRelationships;
    private readonly char delimiter;
    private readonly Thread thread;
    private Exception? failure;

    public ImportBatchReader(ImportInput input, bool forRelationships, char delimiter)
    {
        (this.input, this.forRelationships, this.delimiter) = (input, forRelationships, delimiter);
        for (var i = 0; i < Batches; i++)
        {
            free.Add(new RecordBatch());
        }

        thread = new Thread(Run) { IsBackground = true, Name = "bulk import CSV reader" };
        thread.Start();
    }

    /// <summary>The batches in file order; then the reading thread's failure, if any, is thrown.</summary>
    public IEnumerable<RecordBatch> Filled()
    {
        foreach (var batch in filled.GetConsumingEnumerable())
        {
            yield return batch;
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Gives a read batch back to be filled again.</summary>
    public void Return(RecordBatch batch) => free.Add(batch);

    public void Dispose()
    {
        stop.Cancel();
        thread.Join();
        stop.Dispose();
        filled.Dispose();
        free.Dispose();
    }

    private void Run()
    {
        try
        {
            ReadFiles();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer stopped (a refusal): nothing more is wanted.
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            filled.CompleteAdding();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadFiles()
    {
        ImportColumn[]? columns = null;
        foreach (var file in input.Files)
        {
            using var text = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
            using var csv = Open(text, file);
            RecordBatch? batch = null;
            while (ReadNext(csv, file))
            {
                if (csv.RowFieldCount <= 1 && csv.GetFieldSpan(0).IsEmpty)
                {
                    continue;
                }

                if (columns is null)
                {
                    columns = Header(csv, forRelationships, file);
                    continue;
                }

                if (batch is null)
                {
                    batch = free.Take(stop.Token);
                    batch.Reset(file, columns);
                }

                batch.BeginRecord(csv.RowNumber);
                for (var i = 0; i < csv.RowFieldCount; i++)
                {
                    batch.AddField(csv.GetFieldSpan(i));
                }

                batch.EndRecord();
                if (batch.IsFull)
                {
                    filled.Add(batch, stop.Token);
                    batch = null;
                }
            }

            if (batch is not null)
            {
                filled.Add(batch, stop.Token);
            }
        }
    }

    private static ImportColumn[] Header(CsvDataReader csv, bool forRelationships, string file)
    {
        var headerProblems = new List<ImportProblem>();
        var header = new string[csv.RowFieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = csv.GetString(i);
        }

        var columns = ImportHeader.Parse(header, forRelationships, file, headerProblems);
        return headerProblems.Count == 0 ? columns : throw new BulkImportRefusedException($"The header of {file} is not understood.", headerProblems);
    }

    private CsvDataReader Open(TextReader text, string file)
    {
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = delimiter,
            Quote = '"',
            Escape = '"',
            MaxBufferSize = MaxRecordCharacters,
        };
        try
        {
            return CsvDataReader.Create(text, options);
        }
        catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
        {
            throw Unreadable(e, file, 1);
        }
    }

    private static bool ReadNext(CsvDataReader csv, string file)
    {
        try
        {
            return csv.Read();
        }
        catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
        {
            throw Unreadable(e, file, csv.RowNumber + 1);
        }
    }

    /// <summary>The refusal for a CSV format error, naming the file and record.</summary>
    private static BulkImportRefusedException Unreadable(Exception e, string file, long record) => new("The CSV cannot be read.",
        [e is CsvFormatException { RowNumber: > 0 } format
            ? new ImportProblem(file, format.RowNumber, 0, e.Message)
            : e is CsvRecordTooLargeException
                ? new ImportProblem(file, record, 0, $"a record longer than {MaxRecordCharacters:N0} characters (an unclosed quote?)")
                : new ImportProblem(file, record, 0, e.Message)]);
}
