using System.Runtime.CompilerServices;
namespace GraphExplorer.Cypher.BulkImport;

/// <summary>Reading relationship files: ends mapped through the node id map, type and properties, encoded into a relationship record.</summary>
public sealed partial class BulkImporter
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRelationships(ImportInput input)
    {
        if (input.LabelsOrType.Count > 1)
        {
            throw new BulkImportRefusedException($"A relationship group has one type at most: '{string.Join(':', input.LabelsOrType)}' names {input.LabelsOrType.Count}.", []);
        }

        var groupType = input.LabelsOrType.Count == 1 ? TypeToken(input.LabelsOrType[0]) : -1;
        ImportColumn[]? columns = null;
        int[] keys = [];
        foreach (var record in ImportRecords.Read(input, forRelationships: true, options.Delimiter, problems))
        {
            if (!ReferenceEquals(record.Columns, columns))
            {
                (columns, keys) = (record.Columns, KeyTokens(record.Columns));
            }

            ReadRelationship(record, keys, groupType);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRelationship(ImportRecords.Record record, int[] keys, int type)
    {
        var (columns, file) = (record.Columns, record.File);
        var errorsBefore = problems.ErrorCount;
        long start = -1;
        long end = -1;
        ImportProblem? bad = null;
        properties.Clear();
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            var field = i < record.FieldCount ? record.Field(i) : [];
            switch (column.Role)
            {
                case ImportColumnRole.StartId or ImportColumnRole.EndId:
                    if (!ids.TryGet(column.IdSpace, field, out var node))
                    {
                        var whichEnd = column.Role == ImportColumnRole.StartId ? "start" : "end";
                        var space = column.IdSpace.Length == 0 ? "" : $" in id space '{column.IdSpace}'";
                        bad ??= new ImportProblem(file, record.RowNumber, i + 1,
                            field.IsEmpty ? $"the relationship has no {whichEnd} node id" : $"{whichEnd} node '{field}' does not exist{space}");
                    }
                    else if (column.Role == ImportColumnRole.StartId)
                    {
                        start = node;
                    }
                    else
                    {
                        end = node;
                    }

                    break;
                case ImportColumnRole.Type when !field.IsEmpty:
                    type = TypeToken(field);
                    break;
                case ImportColumnRole.Property when !field.IsEmpty:
                    AddProperty(record, i, keys[i]);
                    break;
            }
        }

        if (problems.ErrorCount > errorsBefore)
        {
            return;
        }

        bad ??= start < 0 || end < 0 ? new ImportProblem(file, record.RowNumber, 0, "the header has no :START_ID or no :END_ID column")
            : type < 0 ? new ImportProblem(file, record.RowNumber, 0, "the relationship has no type (no :TYPE field and none given with the file)")
            : null;
        if (bad is not null)
        {
            problems.Report(bad, skippable: options.SkipBadRelationships);
            return;
        }

        Writer.WriteRelationshipRecord(type, start, end, properties.Count, properties.Pairs);
        propertyCount += properties.Count;
        relationships++;
    }

    private int TypeToken(ReadOnlySpan<char> name)
    {
        var lookup = types.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(name, out var token))
        {
            var text = name.ToString();
            token = Writer.RelationshipTypeToken(text);
            types.Add(text, token);
        }

        return token;
    }
}
