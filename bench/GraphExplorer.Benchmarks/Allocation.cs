namespace GraphExplorer.Benchmarks;

/// <summary>Managed bytes allocated per operation on the calling thread (a hotspot indicator: allocation drives GC pauses and tail latency).</summary>
internal static class Allocation
{
    public static async Task<double> PerOperationAsync(int count, Func<int, Task> operation)
    {
        await operation(0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++)
        {
            await operation(i);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
    }
}
