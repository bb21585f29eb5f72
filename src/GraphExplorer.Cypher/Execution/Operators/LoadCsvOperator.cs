using GraphExplorer.Cypher.Execution.Import;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// LOAD CSV: per input row, the URL resolved within the import directory and one row per record of the file, read as a
/// stream while the rows flow on (so <c>CALL { … } IN TRANSACTIONS</c> after it commits batches of a file never held
/// whole). Each record it yields becomes the context's <see cref="QueryContext.LoadCsvPosition"/>.
/// </summary>
internal sealed class LoadCsvOperator(Evaluator url, int slot, bool withHeaders, char fieldTerminator, LoadCsvClause at) : Operator
{
    public override string Description => withHeaders ? "LoadCSV: WITH HEADERS" : "LoadCSV";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        foreach (var row in input)
        {
            var value = url(row, ctx);
            var text = value as string ?? throw CypherErrors.LoadCsvUrlNotString(Operations.TypeName(value), at.Url);
            var path = ImportFiles.Resolve(ctx.ImportDirectory, text, at);
            foreach (var record in CsvRecords.Read(path, text, withHeaders, fieldTerminator, at))
            {
                ctx.Tick();
                ctx.LoadCsvPosition = new LoadCsvPosition(path, record.Number);
                var copy = (object?[])row.Clone();
                copy[slot] = record.Value;
                yield return copy;
            }
        }
    }
}
