using System.Runtime.CompilerServices;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Visibility;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// The Subscription root (live updates): each steward's change, once committed, is described (see
/// <see cref="ChangeDescriptions"/>) and sent through the <see cref="ChangeFeed"/> to the open subscriptions; scripts
/// loaded by another process are announced by <see cref="LoadAnnouncer"/>.
/// </summary>
internal sealed partial class ExplorerResolvers
{
    private void BindSubscription(SchemaBuilder builder)
    {
        builder.BindSubscription("Subscription", "entityChanged", context => new ValueTask<IAsyncEnumerable<object?>>(
            EntityChanges(ForReader(changes.Subscribe(context.CancellationToken), context.CancellationToken), context.Arguments.GetValueOrDefault("id") as string, context.CancellationToken)));
        builder.BindSubscription("Subscription", "batchCommitted", context => new ValueTask<IAsyncEnumerable<object?>>(
            Boxed(ForReader(changes.Subscribe(context.CancellationToken), context.CancellationToken), context.CancellationToken)));

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

    /// <summary>Sends a committed mutation to the open subscriptions (nothing to do when there are none); announced even
    /// when the steward's request is cancelled meanwhile, since the change is committed.</summary>
    /// <param name="touched">Entities it created or changed that its lineage does not name (see <see cref="ChangeDescriptions"/>).</param>
    private async Task PublishAsync(AuditEntry audit, IEnumerable<string>? touched = null)
    {
        if (changes.HasSubscribers)
        {
            changes.Publish(await ChangeDescriptions.DescribeAsync(database, audit.Id, audit.Operation, audit.At, audit.Target, audit.Deleted ?? [], touched));
        }
    }

    /// <summary>
    /// What the subscriber may be told of each change (the stream runs in the subscriber's request, so
    /// <see cref="ReaderVisibility.Current"/> is theirs): for a restricted reader, only the changed entities they may
    /// see; deleted ones are withheld, since their level went with them.
    /// </summary>
    private async IAsyncEnumerable<CommittedChange> ForReader(IAsyncEnumerable<CommittedChange> committed,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var change in committed.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!ReaderVisibility.Current.IsRestricted)
            {
                yield return change;
                continue;
            }

            var visible = await cards.EntitiesAsync(change.ChangedIds, cancellationToken).ConfigureAwait(false);
            yield return new CommittedChange(change.Batch, change.Operation, change.At, [.. change.ChangedIds.Where(visible.ContainsKey)], []);
        }
    }

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
