namespace GraphExplorer.Cypher.Temporal;

/// <summary>The five instant types of Cypher (durations are handled apart).</summary>
internal enum TemporalType
{
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
}
