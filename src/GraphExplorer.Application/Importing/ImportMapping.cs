using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// A steward's mapping file, read (<see cref="ImportMappingReader"/>): which CSV file, which columns make which entities
/// and relationships, the source every row cites and the column of the sentence it quotes. Each part keeps the line of
/// the mapping file that states it, so a mistake is reported there. Immutable.
/// </summary>
/// <param name="Path">The mapping file.</param>
/// <param name="DataPath">The spreadsheet or JSON file, resolved against the mapping file's folder.</param>
/// <param name="Format">Whether <paramref name="DataPath"/> is CSV (<c>csv:</c>) or JSON (<c>json:</c>).</param>
/// <param name="Delimiter">The CSV's field separator (<c>,</c> unless the mapping says <c>delimiter: ';'</c>).</param>
/// <param name="Source">The key of the source each row cites: a constant or a column.</param>
/// <param name="Quote">The column holding the sentence of the source each row's facts rest on.</param>
/// <param name="Ignored">Columns of the spreadsheet the import does not read (notes, checks): every other must be mapped.</param>
public sealed record ImportMapping(
    string Path,
    string DataPath,
    ImportFormat Format,
    char Delimiter,
    ImportValue Source,
    ImportValue Quote,
    IReadOnlySet<string> Ignored,
    IReadOnlyList<EntityMapping> Entities,
    IReadOnlyList<RelationshipMapping> Relationships)
{
    /// <summary>The mapping file's name: what identifies the import among applied scripts (<c>lineage</c>, <c>retract</c>, <c>rollback</c>).</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Every column the mapping reads, with the mapping line that names it.</summary>
    public IEnumerable<ImportValue> Columns =>
        new[] { Source, Quote }
            .Concat(Entities.SelectMany(e => e.Properties.Select(p => p.Value).Prepend(e.Key)))
            .Concat(Relationships.SelectMany(r => r.Properties.Select(p => p.Value)))
            .Where(v => v.Column is not null);
}

/// <summary>Where a value comes from: a column of the row (<see cref="Column"/>; for JSON, the path of a field, <c>party.key</c>) or a constant of the mapping
/// (<see cref="Constant"/>, as written there, converted like a cell), stated at <see cref="Line"/> of the mapping file.</summary>
/// <param name="PrecisionProperty">For a date: the property that receives its precision (<c>day</c>, <c>month</c>, <c>year</c>).</param>
/// <param name="Separator">For a list: what separates its items in a cell.</param>
public sealed record ImportValue(string? Column, string? Constant, ImportType Type, int Line, string? PrecisionProperty = null, string Separator = "|");

/// <summary>A property of an entity or relationship and where its value comes from.</summary>
public sealed record PropertyMapping(string Property, ImportValue Value);

/// <summary>
/// An entity each row may name: its label, the column of its key, and either its properties (the import creates or
/// updates it, and cites the row's sentence for it) or <see cref="Existing"/> (it is referenced by key: it must already
/// be in the graph, or be created by this import, and is neither changed nor cited). A row whose key cell is empty has
/// no such entity, and its relationships are skipped.
/// </summary>
/// <param name="Name">The mapping's name for it, used by relationships (<c>from: party</c>).</param>
public sealed record EntityMapping(string Name, EntityType Type, ImportValue Key, bool Existing, IReadOnlyList<PropertyMapping> Properties, int Line)
{
    public string Label => GraphModel.Label(Type);
}

/// <summary>A relationship between two of a row's entities, of a type of the model, with its properties; it cites the
/// row's source and sentence (<c>sources</c>, <c>quotes</c>).</summary>
public sealed record RelationshipMapping(EntityMapping From, string Type, EntityMapping To, IReadOnlyList<PropertyMapping> Properties, int Line);
