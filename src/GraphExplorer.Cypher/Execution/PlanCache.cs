using System.Collections.Concurrent;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Compiled queries by query text, so that a repeated (parameterised) query is parsed and planned once. A cached
/// plan is reused only while the schema it was planned for is current. Bounded: when full, it starts afresh.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class PlanCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CompiledQuery> plans = new(StringComparer.Ordinal);

    public int Count => plans.Count;

    public CompiledQuery GetOrAdd(string text, Storage.SchemaState schema, long nodeCount, Func<CompiledQuery> compile)
    {
        if (capacity > 0 && plans.TryGetValue(text, out var cached) && ReferenceEquals(cached.Schema, schema)
            && nodeCount <= cached.NodeCountAtCompile * 2 + 100 && nodeCount * 2 + 100 >= cached.NodeCountAtCompile)
        {
            return cached;
        }

        var compiled = compile();
        if (capacity > 0)
        {
            if (plans.Count >= capacity)
            {
                plans.Clear();
            }

            plans[text] = compiled;
        }

        return compiled;
    }
}
