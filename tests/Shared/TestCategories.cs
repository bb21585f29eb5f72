namespace GraphExplorer.Tests;

/// <summary>
/// The xunit trait names and values that sort tests for <c>tests/run-all.sh</c>: <c>--fast</c> leaves out
/// <see cref="Slow"/> and <see cref="Browser"/>, and every run leaves out a <see cref="Quarantine"/>d test on the
/// backends its reason names. Linked into each test project that uses it (internal, so no two assemblies clash).
/// </summary>
internal static class TestCategories
{
    /// <summary>The trait that files a test under <see cref="Slow"/> or <see cref="Browser"/>.</summary>
    public const string Category = "Category";

    /// <summary>Tests that take minutes on 2 cores: real-process crash tests, one test per TCK scenario.</summary>
    public const string Slow = "Slow";

    /// <summary>Tests that drive a real Chromium through Playwright against the built web client.</summary>
    public const string Browser = "Browser";

    /// <summary>
    /// The trait of a test left out where it is known to be unreliable; its value starts with where (e.g.
    /// <see cref="OverNetwork"/>) and goes on with the reason, so the reason is read where the test is.
    /// </summary>
    public const string Quarantine = "Quarantine";

    /// <summary>The prefix of a quarantine value for tests left out over a network backend (queryapi, neo4j).</summary>
    public const string OverNetwork = "OverNetwork";
}
