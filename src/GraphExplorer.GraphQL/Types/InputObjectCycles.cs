namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// Finds input objects that reference themselves through a chain of non-null, non-list fields, which no finite value
/// can satisfy (spec §3.10.1 rule 3). Depth-first search, each type visited once: O(types + fields).
/// </summary>
internal static class InputObjectCycles
{
    public static void Find(Schema schema, Action<string, Language.Location?> report)
    {
        var visited = new HashSet<InputObjectType>();
        var path = new List<InputValueDefinition>();
        var pathIndex = new Dictionary<InputObjectType, int>();
        foreach (var type in schema.Types.OfType<InputObjectType>())
        {
            Detect(type);
        }

        void Detect(InputObjectType type)
        {
            if (!visited.Add(type))
            {
                return;
            }

            pathIndex[type] = path.Count;
            foreach (var field in type.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    path.Add(field);
                    if (!pathIndex.TryGetValue(fieldType, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = path.Skip(cycleIndex).Select(f => f.Name);
                        report($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle)}\".", fieldType.DefinedAt);
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            pathIndex.Remove(type);
        }
    }
}
