namespace GraphExplorer.Bolt.Values;

/// <summary>The tags of the Cypher value structures of Bolt 5 (https://neo4j.com/docs/bolt/current/bolt/structure-semantics/).
/// From 5.0 on, DateTime and DateTimeZoneId carry UTC seconds (the 4.x "legacy" local-seconds forms 'F' and 'f' are gone).</summary>
internal static class StructureTag
{
    public const byte Node = (byte)'N';
    public const byte Relationship = (byte)'R';
    public const byte UnboundRelationship = (byte)'r';
    public const byte Path = (byte)'P';
    public const byte Date = (byte)'D';
    public const byte Time = (byte)'T';
    public const byte LocalTime = (byte)'t';
    public const byte DateTime = (byte)'I';
    public const byte DateTimeZoneId = (byte)'i';
    public const byte LocalDateTime = (byte)'d';
    public const byte Duration = (byte)'E';
    public const byte Point2D = (byte)'X';
    public const byte Point3D = (byte)'Y';
}
