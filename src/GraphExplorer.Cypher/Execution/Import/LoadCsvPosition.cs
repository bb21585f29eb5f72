namespace GraphExplorer.Cypher.Execution.Import;

/// <summary>The file and record LOAD CSV gave last: what <c>file()</c> and <c>linenumber()</c> return.</summary>
/// <param name="File">The file's absolute path.</param>
/// <param name="Line">The record's number in the file, from 1, the header counted (its line when no field spans lines).</param>
internal sealed record LoadCsvPosition(string File, long Line);
