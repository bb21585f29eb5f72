namespace GraphExplorer.Database.Values;

/// <summary>A Cypher <c>LocalDateTime</c>: a date and time of day with nanosecond precision, no zone.</summary>
/// <param name="Date">A day of Neo4j's years -999,999,999 to +999,999,999 (a <see cref="DateOnly"/> converts implicitly).</param>
public readonly record struct CypherLocalDateTime(CivilDate Date, long NanosecondOfDay);
