using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// <c>CALL { … } IN TRANSACTIONS</c> (Cypher manual, "CALL subqueries in transactions"): the incoming rows are cut
/// into batches of <c>OF n ROWS</c> (1000 by default); each batch runs the subquery in an inner write transaction of
/// its own, which commits before the next batch starts. The rest of the statement reads the latest committed state
/// and holds no lock between batches, so the incoming rows stream (a large LOAD CSV or MATCH is not held whole).
/// </summary>
/// <remarks>
/// On a failing batch: <c>ON ERROR FAIL</c> rolls it back and fails the statement (batches committed before stay
/// committed, as in Neo4j); <c>CONTINUE</c> rolls it back, gives its rows nulls for the subquery's columns and goes
/// on; <c>BREAK</c> does the same and runs no further batch, their rows also getting nulls. <c>REPORT STATUS AS s</c>
/// binds per row the map <c>{started, committed, transactionId, errorMessage}</c> of its batch. Immutable, like every
/// operator; the per-execution state lives in <see cref="QueryContext"/>.
/// </remarks>
internal sealed class InTransactionsOperator(
    Func<object?[], QueryContext, IEnumerable<object?[]>> runSubquery,
    Evaluator? batchSize,
    InTransactionsErrorMode onError,
    int? statusSlot,
    int[] subquerySlots,
    SubqueryCallClause at) : Operator
{
    /// <summary>Neo4j's batch size when <c>OF n ROWS</c> is not given.</summary>
    public const long DefaultBatchSize = 1000;

    public override string Description => $"TransactionApply(ON ERROR {onError.ToString().ToUpperInvariant()})";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        var store = ctx.InnerTransactions ?? throw CypherErrors.InTransactionsInExplicitTransaction(at);
        var size = BatchSize(ctx);
        var stopped = false;
        var number = 0;
        foreach (var batch in input.Chunk(size))
        {
            if (stopped)
            {
                foreach (var row in batch)
                {
                    yield return WithoutResult(row, started: false, null, null);
                }

                continue;
            }

            number++;
            var transactionId = $"embedded-inner-transaction-{number}";
            var (output, error) = RunBatch(store, batch, ctx);
            if (error is null)
            {
                foreach (var row in output)
                {
                    if (statusSlot is { } slot)
                    {
                        row[slot] = Status(started: true, committed: true, transactionId, null);
                    }

                    yield return row;
                }

                continue;
            }

            stopped = onError == InTransactionsErrorMode.Break;
            foreach (var row in batch)
            {
                yield return WithoutResult(row, started: true, transactionId, error.Message);
            }
        }
    }

    /// <summary>
    /// Runs the subquery for each row of <paramref name="batch"/> in a new inner transaction and commits it. A
    /// recoverable failure under ON ERROR CONTINUE or BREAK rolls the batch back and is returned; any other failure
    /// rolls it back and is thrown.
    /// </summary>
    private (List<object?[]> Output, CypherException? Error) RunBatch(GraphStore store, object?[][] batch, QueryContext ctx)
    {
        var counted = ctx.Statistics.Copy();
        var writer = store.BeginWriteAsync(ctx.CancellationToken).GetAwaiter().GetResult();
        var ended = false;
        try
        {
            ctx.Use(writer, writer);
            var output = new List<object?[]>(batch.Length);
            foreach (var row in batch)
            {
                ctx.Tick();
                output.AddRange(runSubquery(row, ctx));
            }

            writer.EndStatement();
            ended = true;
            store.Commit(writer);
            return (output, null);
        }
        catch (CypherException error) when (onError != InTransactionsErrorMode.Fail && IsRecoverable(error))
        {
            if (!ended)
            {
                store.Rollback(writer);
            }

            ctx.Statistics.Restore(counted);
            return ([], error);
        }
        catch
        {
            if (!ended)
            {
                store.Rollback(writer);
            }

            throw;
        }
        finally
        {
            ctx.Use(store.Current, null);
        }
    }

    /// <summary>A data or constraint error of one batch; limits and failures of the database itself stop the statement.</summary>
    private static bool IsRecoverable(CypherException error) =>
        error.Kind is not (CypherErrorKind.QueryTimeout or CypherErrorKind.DatabaseError or CypherErrorKind.StorageCorruption);

    private int BatchSize(QueryContext ctx)
    {
        if (batchSize is null)
        {
            return (int)DefaultBatchSize;
        }

        var value = batchSize(new object?[ctx.SlotCount], ctx);
        return value is long size and > 0
            ? (int)Math.Min(size, int.MaxValue)
            : throw CypherErrors.InvalidBatchSize(value, at);
    }

    private object?[] WithoutResult(object?[] row, bool started, string? transactionId, string? errorMessage)
    {
        var copy = (object?[])row.Clone();
        foreach (var slot in subquerySlots)
        {
            copy[slot] = null;
        }

        if (statusSlot is { } status)
        {
            copy[status] = Status(started, committed: false, transactionId, errorMessage);
        }

        return copy;
    }

    private static Dictionary<string, object?> Status(bool started, bool committed, string? transactionId, string? errorMessage) =>
        new(StringComparer.Ordinal)
        {
            ["started"] = started,
            ["committed"] = committed,
            ["transactionId"] = transactionId,
            ["errorMessage"] = errorMessage,
        };
}
