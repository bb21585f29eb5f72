using GraphExplorer.Server.Tests.Api;

namespace GraphExplorer.Server.Tests.GraphQL;

/// <summary>The explorer's test server with the load announcer polling every second, as subscriptions need it.</summary>
public sealed class AnnouncingTestServer() : ExplorerTestServer(new Dictionary<string, string?> { ["GraphQL:LoadPollSeconds"] = "1" });
