namespace GraphExplorer.Database.Values;

/// <summary>A Cypher <c>Time</c>: a time of day with nanosecond precision and a UTC offset.</summary>
public readonly record struct CypherTime(long NanosecondOfDay, int OffsetSeconds);
