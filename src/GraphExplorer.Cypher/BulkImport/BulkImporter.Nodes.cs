using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>Reading node files: labels, ids and properties of each record, encoded into a node record.</summary>
public sealed partial class BulkImporter
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadNodes(ImportInput input)
    {
        var groupLabels = input.LabelsOrType.ToImmutableArray();
        var labelSets = new Dictionary<string, int>(StringComparer.Ordinal);
        int? groupLabelSet = null;
        ImportColumn[]? columns = null;
        int[] keys = [];
        foreach (var record in ImportRecords.Read(input, forRelationships: false, options.Delimiter, problems))
        {
            if (!ReferenceEquals(record.Columns, columns))
            {
                (columns, keys) = (record.Columns, KeyTokens(record.Columns));
            }

            var labelSet = ReadNode(record, keys, groupLabels, labelSets);
            if (labelSet is not null)
            {
                var set = labelSet == GroupLabels ? groupLabelSet ??= Writer.LabelSetId(groupLabels) : labelSet.Value;
                Writer.WriteNodeRecord(set, properties.Count, properties.Pairs);
                propertyCount += properties.Count;
                nodes++;
            }
        }
    }

    /// <summary>
    /// Reads the record's fields into <see cref="properties"/> and its id into the id map; the node's label set id
    /// (<see cref="GroupLabels"/> for the group's own labels), or null when the record is bad (reported).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? ReadNode(ImportRecords.Record record, int[] keys, ImmutableArray<string> groupLabels, Dictionary<string, int> labelSets)
    {
        var (columns, file) = (record.Columns, record.File);
        var labelSet = GroupLabels;
        var errorsBefore = problems.ErrorCount;
        var idField = -1;
        properties.Clear();
        for (var i = 0; i < record.FieldCount && i < columns.Length; i++)
        {
            var column = columns[i];
            var field = record.Field(i);
            if (field.IsEmpty || column.Role == ImportColumnRole.Ignore)
            {
                continue;
            }

            switch (column.Role)
            {
                case ImportColumnRole.Label:
                    labelSet = LabelSet(groupLabels, field, labelSets);
                    break;
                case ImportColumnRole.Id:
                    idField = i;
                    if (!ids.IsValid(field))
                    {
                        problems.Error(new ImportProblem(file, record.RowNumber, i + 1, $"node id '{field}' is not an integer (--id-type=integer)"));
                    }
                    else if (column.Name is not null)
                    {
                        properties.Add(keys[i], field, idValueColumn, options.ArrayDelimiter);
                    }

                    break;
                default:
                    AddProperty(record, i, keys[i]);
                    break;
            }
        }

        if (problems.ErrorCount > errorsBefore)
        {
            return null;
        }

        if (idField >= 0 && !ids.TryAdd(columns[idField].IdSpace, record.Field(idField), nodes))
        {
            var space = columns[idField].IdSpace.Length == 0 ? "" : $" in id space '{columns[idField].IdSpace}'";
            var problem = new ImportProblem(file, record.RowNumber, idField + 1, $"node id '{record.Field(idField)}' is used twice{space}");
            problems.Report(problem, skippable: options.SkipDuplicateNodes);
            return null;
        }

        return labelSet;
    }

    /// <summary>The label set of a <c>:LABEL</c> field (the group's labels and the field's, each once), registered once per distinct field.</summary>
    private int LabelSet(ImmutableArray<string> groupLabels, ReadOnlySpan<char> field, Dictionary<string, int> labelSets)
    {
        var lookup = labelSets.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(field, out var id))
        {
            var text = field.ToString();
            var labels = groupLabels.Concat(text.Split(options.ArrayDelimiter, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal);
            id = Writer.LabelSetId([.. labels]);
            labelSets.Add(text, id);
        }

        return id;
    }
}
