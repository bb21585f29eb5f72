namespace GraphExplorer.Database.Values;

/// <summary>
/// A Cypher <c>DateTime</c>: a local date and time with nanosecond precision, the UTC offset in force
/// at that instant and, when the value was built with a named zone, the IANA zone id (e.g. "Europe/Luxembourg").
/// </summary>
public readonly record struct CypherDateTime(DateOnly Date, long NanosecondOfDay, int OffsetSeconds, string? ZoneId);
