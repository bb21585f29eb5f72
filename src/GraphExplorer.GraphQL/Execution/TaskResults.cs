using System.Collections.Concurrent;
using System.Reflection;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>Reads the result of a completed Task&lt;T&gt; of unknown T (accessor cached per type).</summary>
internal static class TaskResults
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ResultProperties = new();

    public static object? GetResult(Task task)
    {
        var property = ResultProperties.GetOrAdd(task.GetType(), static t =>
            t.IsGenericType && t.GetProperty("Result") is { } p && p.PropertyType.Name != "VoidTaskResult" ? p : null);
        return property?.GetValue(task);
    }
}
