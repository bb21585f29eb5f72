namespace GraphExplorer.Application.Api;

/// <summary>
/// A steward's change once committed, as live updates tell it: its batch (the mutation id), the mutation, when, and
/// the entities it created or changed (<see cref="ChangedIds"/>) and deleted (<see cref="DeletedIds"/>), in id order.
/// </summary>
public sealed record CommittedChange(string Batch, string Operation, DateTimeOffset At, IReadOnlyList<string> ChangedIds, IReadOnlyList<string> DeletedIds)
{
    /// <summary>Every entity it touched, in id order.</summary>
    public IReadOnlyList<string> EntityIds { get; } = [.. ChangedIds.Concat(DeletedIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>One entity of a <see cref="CommittedChange"/> (the source of an <c>EntityChange</c> event).</summary>
public sealed record EntityChangeEvent(string Id, bool Deleted, CommittedChange Change);
