namespace GraphExplorer.Database.Values;

/// <summary>
/// A Cypher <c>Duration</c>, kept in Neo4j's four components which are not normalised into each other
/// (a month has no fixed number of days, a day no fixed number of seconds across DST changes).
/// </summary>
/// <param name="Nanoseconds">0 ≤ value &lt; 1,000,000,000; the sign lives in <paramref name="Seconds"/>.</param>
public readonly record struct CypherDuration(long Months, long Days, long Seconds, int Nanoseconds);
