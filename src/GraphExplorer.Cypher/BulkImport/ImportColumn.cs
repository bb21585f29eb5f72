namespace GraphExplorer.Cypher.BulkImport;

/// <summary>What a column of an import file holds (neo4j-admin's header entry <c>name:type</c>).</summary>
internal enum ImportColumnRole
{
    Property,
    Id,
    Label,
    StartId,
    EndId,
    Type,
    Ignore,
}

/// <summary>The value type of a property column; neo4j-admin's int, long, short and byte are all Integers, float and double Floats.</summary>
internal enum ImportValueType
{
    String,
    Integer,
    Float,
    Boolean,
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
    Duration,
    Point,
}

/// <summary>
/// One parsed header entry: its property name (null for an anonymous <c>:ID</c>, <c>:LABEL</c>, …), role, value type
/// (of each element when <see cref="IsArray"/>) and, for id columns, the id space (<c>:ID(Org)</c>; "" when none).
/// </summary>
internal sealed record ImportColumn(string? Name, ImportColumnRole Role, ImportValueType Type, bool IsArray, string IdSpace)
{
    /// <summary>An id column with a name is also stored as a property of that name.</summary>
    public bool IsStored => Name is not null && Role is ImportColumnRole.Property or ImportColumnRole.Id;
}
