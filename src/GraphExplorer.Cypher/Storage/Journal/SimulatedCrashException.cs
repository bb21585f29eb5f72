namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>Thrown by a test's <see cref="FileDurableStorageOptions.CompactionFaultInjector"/> to simulate a crash.</summary>
internal sealed class SimulatedCrashException(CompactionStep step) : Exception($"simulated crash at compaction step {step}")
{
    public CompactionStep Step { get; } = step;
}
