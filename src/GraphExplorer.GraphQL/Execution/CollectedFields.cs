using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>Grouped field set of CollectFields (spec §6.3.2): response keys in order, each with its field nodes.</summary>
internal sealed class CollectedFields(List<string> keys, Dictionary<string, List<FieldNode>> fields)
{
    public List<string> Keys { get; } = keys;

    public Dictionary<string, List<FieldNode>> Fields { get; } = fields;
}
