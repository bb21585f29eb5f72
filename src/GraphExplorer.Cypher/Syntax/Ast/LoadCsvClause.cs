namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// <c>LOAD CSV [WITH HEADERS] FROM url AS variable [FIELDTERMINATOR 'c']</c> (Cypher manual, "LOAD CSV"): one row per
/// record of the file, the record in <see cref="Variable"/> as a list of strings, or with headers as a map from the
/// header's names.
/// </summary>
public sealed record LoadCsvClause(bool WithHeaders, Expression Url, string Variable, char FieldTerminator, SourceSpan Span) : Clause(Span)
{
    /// <summary>The field terminator when FIELDTERMINATOR is not given.</summary>
    public const char DefaultFieldTerminator = ',';
}
