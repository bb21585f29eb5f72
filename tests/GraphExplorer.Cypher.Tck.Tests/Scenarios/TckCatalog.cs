using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Cypher.Tck.KnownFailures;
using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Cypher.Tck.Runner;

namespace GraphExplorer.Cypher.Tck.Tests.Scenarios;

/// <summary>
/// The TCK as the tests see it, loaded once per test process: the shared features found above the test assembly,
/// the scenarios by id, the known-failures list copied next to the assembly, and an executor on the embedded engine.
/// </summary>
internal static class TckCatalog
{
    /// <summary>The per-scenario timeout; the same as the runner's default.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly Lazy<string?> FeaturesFolder =
        new(() => TckLocation.FindFeatures(AppContext.BaseDirectory, Directory.GetCurrentDirectory()));

    private static readonly Lazy<IReadOnlyDictionary<string, TckScenario>> ScenariosById = new(() =>
        FeaturesFolder.Value is { } folder
            ? FeatureLoader.LoadAll(folder).ToDictionary(s => s.Id, StringComparer.Ordinal)
            : new Dictionary<string, TckScenario>());

    private static readonly Lazy<KnownFailureList> KnownFailureFile =
        new(() => KnownFailureList.Load(Path.Combine(AppContext.BaseDirectory, KnownFailureList.FileName)));

    private static readonly Lazy<ScenarioExecutor> SharedExecutor = new(() =>
        new ScenarioExecutor(EmbeddedEngine.CreateInMemory, NamedGraphs.Around(Features), Timeout, EmbeddedEngine.Procedures));

    /// <summary>The features folder; throws when the shared TCK is not found.</summary>
    public static string Features =>
        FeaturesFolder.Value ?? throw new InvalidOperationException(
            $"No {TckLocation.RelativeFeatures} above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");

    public static IReadOnlyDictionary<string, TckScenario> Scenarios => ScenariosById.Value;

    public static KnownFailureList KnownFailures => KnownFailureFile.Value;

    public static ScenarioExecutor Executor => SharedExecutor.Value;
}
