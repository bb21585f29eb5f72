using System.Runtime.CompilerServices;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// The Subscription root (live updates): each steward's change, once committed, is described from its lineage (what
/// its batch wrote, see <see cref="LineageService"/>) and its audit entry (what it deleted), and sent through the
/// <see cref="ChangeFeed"/> to the open subscriptions.
/// </summary>
internal sealed partial class ExplorerResolvers
{
    private void BindSubscription(SchemaBuilder builder)
    {
        builder.BindSubscription("Subscription", "entityChanged", context => new ValueTask<IAsyncEnumerable<object?>>(
            EntityChanges(changes.Subscribe(context.CancellationToken), context.Arguments.GetValueOrDefault("id") as string, context.CancellationToken)));
        builder.BindSubscription("Subscription", "batchCommitted", context => new ValueTask<IAsyncEnumerable<object?>>(
            Boxed(changes.Subscribe(context.CancellationToken), context.CancellationToken)));

        Field(builder, "EntityChange", "id", context => SourceAs<EntityChangeEvent>(context).Id);
        Field(builder, "EntityChange", "deleted", context => SourceAs<EntityChangeEvent>(context).Deleted);
        Field(builder, "EntityChange", "batch", context => SourceAs<EntityChangeEvent>(context).Change.Batch);
        Field(builder, "EntityChange", "at", context => SourceAs<EntityChangeEvent>(context).Change.At);
        Field(builder, "EntityChange", "entity", async context =>
            SourceAs<EntityChangeEvent>(context) is { Deleted: false } change ? await LoadEntityAsync(context, change.Id) : null);
        Field(builder, "BatchCommit", "id", context => SourceAs<CommittedChange>(context).Batch);
        Field(builder, "BatchCommit", "operation", context => SourceAs<CommittedChange>(context).Operation);
        Field(builder, "BatchCommit", "at", context => SourceAs<CommittedChange>(context).At);
        Field(builder, "BatchCommit", "entityIds", context => SourceAs<CommittedChange>(context).EntityIds);
    }

    /// <summary>Sends a committed mutation to the open subscriptions (nothing to do when there are none).</summary>
    /// <remarks>The change is committed already: it is announced even when the steward's request is cancelled meanwhile,
    /// and when its lineage cannot be read, with what its audit entry says (its target and what it deleted).</remarks>
    private async Task PublishAsync(AuditEntry audit)
    {
        if (!changes.HasSubscribers)
        {
            return;
        }

        var deleted = new SortedSet<string>(StringComparer.Ordinal);
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        if (audit.Target is { } target)
        {
            changed.Add(target);
        }

        BatchLineage? lineage = null;
        try
        {
            lineage = await new LineageService(database).LineageAsync(audit.Id, CancellationToken.None);
        }
        catch (CypherException)
        {
            // Described from the audit entry alone.
        }

        foreach (var entry in audit.Deleted ?? [])
        {
            // `node <id>` or `rel <from> <TYPE> <to>` (see AuditEntry.Deleted): a deleted relationship changes both ends.
            var parts = entry.Split(' ');
            if (parts is ["node", var id])
            {
                deleted.Add(id);
            }
            else if (parts is ["rel", var from, _, var to])
            {
                changed.Add(from);
                changed.Add(to);
            }
        }

        if (lineage is not null)
        {
            changed.UnionWith(lineage.Nodes.Select(n => n.Id));
            changed.UnionWith(lineage.Relationships.SelectMany(r => new[] { r.Start, r.End }));
        }

        changed.ExceptWith(deleted);
        changes.Publish(new CommittedChange(audit.Id, audit.Operation, audit.At,
            [.. changed.Where(IsEntityId)], [.. deleted.Where(IsEntityId)]));
    }

    private static bool IsEntityId(string id) => GraphModel.TypeOfKey(id) is not null;

    private static async IAsyncEnumerable<object?> EntityChanges(IAsyncEnumerable<CommittedChange> committed, string? only,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var change in committed.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var id in change.EntityIds)
            {
                if (only is null || id == only)
                {
                    yield return new EntityChangeEvent(id, change.DeletedIds.Contains(id), change);
                }
            }
        }
    }

    private static async IAsyncEnumerable<object?> Boxed(IAsyncEnumerable<CommittedChange> committed,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var change in committed.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return change;
        }
    }
}
