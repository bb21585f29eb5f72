using System.Collections.Frozen;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// Reads neo4j-admin's CSV header format: each entry <c>name:type</c>, where type is <c>ID</c>, <c>START_ID</c> or
/// <c>END_ID</c> (each with an optional id space, <c>ID(Org)</c>), <c>LABEL</c>, <c>TYPE</c>, <c>IGNORE</c>, or a value
/// type (<c>string</c> when absent; <c>int</c>, <c>long</c>, <c>short</c>, <c>byte</c>, <c>float</c>, <c>double</c>,
/// <c>boolean</c>, <c>char</c>, <c>date</c>, <c>localtime</c>, <c>time</c>, <c>localdatetime</c>, <c>datetime</c>,
/// <c>duration</c>, <c>point</c>), with <c>[]</c> for an array. Two entries storing the same property are refused, as
/// neo4j-admin refuses them. Thread-safe (stateless).
/// </summary>
internal static class ImportHeader
{
    private static readonly FrozenDictionary<string, ImportValueType> ValueTypes = new Dictionary<string, ImportValueType>(StringComparer.OrdinalIgnoreCase)
    {
        ["string"] = ImportValueType.String,
        ["char"] = ImportValueType.String,
        ["int"] = ImportValueType.Integer,
        ["long"] = ImportValueType.Integer,
        ["short"] = ImportValueType.Integer,
        ["byte"] = ImportValueType.Integer,
        ["float"] = ImportValueType.Float,
        ["double"] = ImportValueType.Float,
        ["boolean"] = ImportValueType.Boolean,
        ["date"] = ImportValueType.Date,
        ["localtime"] = ImportValueType.LocalTime,
        ["time"] = ImportValueType.Time,
        ["localdatetime"] = ImportValueType.LocalDateTime,
        ["datetime"] = ImportValueType.DateTime,
        ["duration"] = ImportValueType.Duration,
        ["point"] = ImportValueType.Point,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>How errors name a value type: neo4j-admin's header name (integers and floats by their Cypher names).</summary>
    public static string TypeName(ImportValueType type) => type.ToString().ToLowerInvariant();

    /// <summary>The columns of <paramref name="fields"/>; a problem per entry that is not understood or not allowed.</summary>
    public static ImportColumn[] Parse(IReadOnlyList<string> fields, bool forRelationships, string file, List<ImportProblem> problems)
    {
        var columns = new ImportColumn[fields.Count];
        var stored = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            columns[i] = ParseEntry(fields[i], forRelationships, file, i + 1, problems);
            if (columns[i].IsStored && !stored.Add(columns[i].Name!))
            {
                problems.Add(new ImportProblem(file, 1, i + 1, $"header entry '{fields[i]}': the property '{columns[i].Name}' is named by an earlier entry too"));
            }
        }

        return columns;
    }

    private static ImportColumn ParseEntry(string entry, bool forRelationships, string file, int field, List<ImportProblem> problems)
    {
        var colon = entry.LastIndexOf(':');
        var name = colon < 0 ? entry : entry[..colon];
        var type = colon < 0 ? "" : entry[(colon + 1)..].Trim();
        string? propertyName = name.Length == 0 ? null : name;
        var space = "";
        var open = type.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0 && type.EndsWith(')'))
        {
            space = type[(open + 1)..^1];
            type = type[..open];
        }

        ImportColumn Fail(string message)
        {
            problems.Add(new ImportProblem(file, 1, field, $"header entry '{entry}': {message}"));
            return new ImportColumn(propertyName, ImportColumnRole.Ignore, ImportValueType.String, false, "");
        }

        var role = type.ToUpperInvariant() switch
        {
            "ID" => ImportColumnRole.Id,
            "START_ID" => ImportColumnRole.StartId,
            "END_ID" => ImportColumnRole.EndId,
            "LABEL" => ImportColumnRole.Label,
            "TYPE" => ImportColumnRole.Type,
            "IGNORE" => ImportColumnRole.Ignore,
            _ => ImportColumnRole.Property,
        };
        if (role is not (ImportColumnRole.Id or ImportColumnRole.StartId or ImportColumnRole.EndId) && space.Length > 0)
        {
            return Fail("only ID, START_ID and END_ID take an id space");
        }

        if (forRelationships ? role is ImportColumnRole.Id or ImportColumnRole.Label : role is ImportColumnRole.StartId or ImportColumnRole.EndId or ImportColumnRole.Type)
        {
            return Fail($"{type} is not allowed in a {(forRelationships ? "relationship" : "node")} file");
        }

        if (role != ImportColumnRole.Property)
        {
            return new ImportColumn(role is ImportColumnRole.Id ? propertyName : null, role, ImportValueType.String, false, space);
        }

        if (propertyName is null)
        {
            return Fail("a property needs a name");
        }

        var isArray = type.EndsWith("[]", StringComparison.Ordinal);
        var elementType = isArray ? type[..^2] : type;
        if (elementType.Length == 0)
        {
            return new ImportColumn(propertyName, role, ImportValueType.String, isArray, "");
        }

        return ValueTypes.TryGetValue(elementType, out var valueType)
            ? new ImportColumn(propertyName, role, valueType, isArray, "")
            : Fail($"unknown or unsupported type '{elementType}' (supported: {string.Join(", ", ValueTypes.Keys.Order(StringComparer.Ordinal))}, ID, START_ID, END_ID, LABEL, TYPE, IGNORE)");
    }
}
