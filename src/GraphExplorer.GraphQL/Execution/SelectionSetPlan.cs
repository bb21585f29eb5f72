using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The grouped field set of one selection set (or field group) for one object type (spec §6.3.2 CollectFields), in
/// response order, with the response keys every result map of this shape shares. Immutable (its fields build their
/// sub-plans lazily, thread-safely).
/// </summary>
internal sealed class SelectionSetPlan
{
    public SelectionSetPlan(ObjectType type, PlannedField[] fields)
    {
        Type = type;
        Fields = fields;
        Shape = new ResultShape(Array.ConvertAll(fields, f => f.ResponseKey));
    }

    public ObjectType Type { get; }

    public PlannedField[] Fields { get; }

    public ResultShape Shape { get; }
}
