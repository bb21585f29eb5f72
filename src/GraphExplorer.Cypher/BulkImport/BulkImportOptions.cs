namespace GraphExplorer.Cypher.BulkImport;

/// <summary>What to import and how lenient to be, named after neo4j-admin's <c>database import full</c> options.</summary>
public sealed record BulkImportOptions
{
    public IReadOnlyList<ImportInput> Nodes { get; init; } = [];

    public IReadOnlyList<ImportInput> Relationships { get; init; } = [];

    public char Delimiter { get; init; } = ',';

    /// <summary>Separates the elements of an array field (<c>x:string[]</c>) and the labels of a <c>:LABEL</c> field.</summary>
    public char ArrayDelimiter { get; init; } = ';';

    /// <summary>
    /// <see cref="ImportIdType.Integer"/> stores a named id column (<c>id:ID</c>) as an Integer property and requires
    /// integer ids; <see cref="ImportIdType.String"/> (the default) stores it as a String.
    /// </summary>
    public ImportIdType IdType { get; init; } = ImportIdType.String;

    /// <summary>Leave out relationships whose start or end node is missing, or that have no type, reporting each.</summary>
    public bool SkipBadRelationships { get; init; }

    /// <summary>Leave out nodes whose id was already used in their id space, reporting each.</summary>
    public bool SkipDuplicateNodes { get; init; }

    /// <summary>How many skipped entries are tolerated before the import is refused (neo4j-admin's default: 1000).</summary>
    public long BadTolerance { get; init; } = 1000;
}

/// <summary>How the values of an <c>:ID</c> column are read (neo4j-admin's <c>--id-type</c>).</summary>
public enum ImportIdType
{
    String,
    Integer,
}
