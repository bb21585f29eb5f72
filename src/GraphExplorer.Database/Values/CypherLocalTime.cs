namespace GraphExplorer.Database.Values;

/// <summary>A Cypher <c>LocalTime</c>: a time of day with nanosecond precision and no zone.</summary>
/// <param name="NanosecondOfDay">0 ≤ value &lt; 86,400,000,000,000.</param>
public readonly record struct CypherLocalTime(long NanosecondOfDay);
