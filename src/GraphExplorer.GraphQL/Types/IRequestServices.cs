using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Per-request state shared by all resolvers of one execution (thread-safe).</summary>
public interface IRequestServices
{
    /// <summary>Gets or creates a per-request object by key (e.g. a data loader).</summary>
    T GetOrAdd<T>(string key, Func<T> create)
        where T : class;
}
