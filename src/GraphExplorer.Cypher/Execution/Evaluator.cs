namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// A compiled expression: reads variables from the row's slots (resolved at compile time) and returns a runtime value.
/// Compiled once per query text and reused, so it must not capture per-execution state (that lives in the context).
/// </summary>
internal delegate object? Evaluator(object?[] row, QueryContext context);
