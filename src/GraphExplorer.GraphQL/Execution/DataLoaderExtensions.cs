using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>Resolver-side access to per-request data loaders.</summary>
public static class DataLoaderExtensions
{
    /// <summary>
    /// The request's loader named <paramref name="name"/>, created on first use with <paramref name="batch"/>. Use the
    /// same name and key/value types everywhere for one kind of load.
    /// </summary>
    public static DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(this IResolveContext context, string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        var services = context.Services as RequestServices
            ?? throw new InvalidOperationException("Data loaders need the engine's request services.");
        return services.GetLoader(name, batch);
    }
}
