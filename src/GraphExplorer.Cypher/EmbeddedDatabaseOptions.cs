using GraphExplorer.Database;

namespace GraphExplorer.Cypher;

/// <summary>Options of an <see cref="EmbeddedGraphDatabase"/>.</summary>
/// <param name="DefaultLimits">Limits for queries of sessions that do not set their own; null for none.</param>
/// <param name="PlanCacheSize">How many compiled queries are kept by query text (0 disables the cache).</param>
/// <param name="ReadOnly">For <see cref="EmbeddedGraphDatabase.Open"/>: read the folder without modifying it in any way
/// (no lock written, a torn tail left in place, every commit refused).</param>
/// <param name="ImportDirectory">The folder LOAD CSV reads from, as Neo4j's <c>server.directories.import</c>:
/// <c>file:///a.csv</c> is <c>a.csv</c> in it and nothing outside it is readable; null (the default): LOAD CSV reads no file.</param>
public sealed record EmbeddedDatabaseOptions(QueryLimits? DefaultLimits = null, int PlanCacheSize = 1000, bool ReadOnly = false, string? ImportDirectory = null);
