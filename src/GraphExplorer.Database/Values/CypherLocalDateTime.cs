namespace GraphExplorer.Database.Values;

/// <summary>A Cypher <c>LocalDateTime</c>: a date and time of day with nanosecond precision, no zone.</summary>
public readonly record struct CypherLocalDateTime(DateOnly Date, long NanosecondOfDay);
