using System.CommandLine;
using GraphExplorer.Database;
using GraphExplorer.Server.Access;
using GraphExplorer.Server.Briefing;
using GraphExplorer.Server.Commands;
using GraphExplorer.Server.GraphQL;
using GraphExplorer.Server.Hosting;
using GraphExplorer.Server.Telemetry;
using Microsoft.Extensions.Options;

// `GraphExplorer.Server` with no command serves the explorer; `load` applies scripts, `validate` checks the data rules,
// `dump` writes the graph as a Cypher script, `lineage` lists what a batch wrote, `check` reports damage. Unrecognised options
// (such as --urls) are passed on to the web host and the configuration.
var root = new RootCommand("GraphExplorer: the partnership and MoU relationship-graph explorer.")
{
    TreatUnmatchedTokensAsErrors = false,
};
root.Subcommands.Add(LoadCommand.Create(args));
root.Subcommands.Add(ValidateCommand.Create(args));
root.Subcommands.Add(DumpCommand.Create(args));
root.Subcommands.Add(LineageCommand.Create(args));
root.Subcommands.Add(RetractCommand.Create(args));
root.Subcommands.Add(RollbackCommand.Create(args));
root.Subcommands.Add(QueryCommand.Create(args));
root.Subcommands.Add(ScaffoldCommand.Create(args));
root.Subcommands.Add(StewardKeyCommand.Create(args));
root.Subcommands.Add(CheckCommand.Create(args));
root.Subcommands.Add(ImportCommand.Create(args));
root.Subcommands.Add(ImportBulkCommand.Create(args));
var verbose = new Option<bool>("--verbose") { Description = "On failure, print the stack trace too.", Recursive = true };
root.Options.Add(verbose);
root.SetAction(async (parseResult, cancellationToken) =>
{
    await ServeAsync([.. parseResult.UnmatchedTokens], cancellationToken);
    return 0;
});
var parsed = root.Parse(args);
try
{
    // Without the default handler, a failure reaches the catch below instead of printing a stack trace there.
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (CommandFailures.Report(exception, Console.Error, parsed.GetValue(verbose)) is { } exitCode)
{
    return exitCode;
}

static async Task ServeAsync(string[] hostArgs, CancellationToken cancellationToken)
{
    var layout = ProductLayout.Discover();
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = hostArgs,
        ContentRootPath = AppContext.BaseDirectory,
    });
    ConsoleLogFormat.Configure(builder);
    builder.Services.AddSingleton(layout);
    builder.Services.AddSingleton<DatabaseWarnings>();
    builder.Services.AddSingleton<IGraphDatabase>(services =>
    {
        var warnings = services.GetRequiredService<DatabaseWarnings>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("GraphExplorer.Database");
        var database = DatabaseFactory.Open(services.GetRequiredService<IConfiguration>().GetDatabaseSettings(), layout, warn: warning =>
        {
            logger.LogWarning("The database reported damage on opening: {Warning}", warning);
            warnings.Add(warning);
        });
        return new TracedGraphDatabase(database, services.GetRequiredService<ServerMetrics>());
    });
    var access = AccessHosting.AddAccess(builder);
    var visibility = VisibilityHosting.AddVisibility(builder, access);
    var telemetry = TelemetryHosting.AddTelemetry(builder);
    builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection(GraphQLHttpOptions.Section));
    builder.Services.Configure<StewardKeyThrottleOptions>(builder.Configuration.GetSection(StewardKeyThrottleOptions.Section));
    builder.Services.AddSingleton<StewardKeyThrottle>();
    builder.Services.Configure<ConcurrencyOptions>(builder.Configuration.GetSection(ConcurrencyOptions.Section));
    builder.Services.AddSingleton<CostlyRequestLimiter>();
    builder.Services.AddSingleton<GraphExplorer.Application.Api.ChangeFeed>();
    builder.Services.AddSingleton<PersistedDocuments>();
    builder.Services.AddSingleton<EventStreamReservations>();
    builder.Services.AddSingleton(services => CursorKeys.Create(
        services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value, layout, services.GetRequiredService<ILoggerFactory>().CreateLogger("GraphExplorer.GraphQL")));
    builder.Services.AddHostedService<LoadAnnouncements>();
    builder.Services.AddSingleton(services => ExplorerGraphQL.CreateEngine(services));
    builder.Services.Configure<BriefingPdfOptions>(builder.Configuration.GetSection(BriefingPdfOptions.Section));
    builder.Services.AddSingleton<ChromiumPdfPrinter>();

    // Bolt (issue #17): Neo4j's drivers and tools on the same database; off unless Bolt:Enabled=true.
    GraphExplorer.Server.Bolt.BoltHosting.AddBolt(builder);

    // Neo4j's HTTP Query API (issue #17) on the same database, logins and bookmarks; off unless QueryApi:Enabled=true.
    GraphExplorer.Server.QueryApi.QueryApiHosting.AddQueryApi(builder);

    var app = builder.Build();
    var database = app.Services.GetRequiredService<IGraphDatabase>();
    try
    {
        await database.VerifyConnectivityAsync(cancellationToken);
    }
    catch (CypherException exception)
    {
        // Say plainly why the explorer cannot start (Neo4j unreachable, credentials refused, folder in use).
        app.Logger.LogCritical("The {Backend} database cannot be used: {Message}", database.BackendName, exception.Message);
        throw;
    }

    if (app.Configuration.GetValue("Seed:LoadOnStart", true))
    {
        await SeedLoader.LoadAsync(database, layout, app.Configuration.GetLoadSettings(), app.Logger, cancellationToken);
    }

    SecurityHeaders.Use(app, withPolicy: string.IsNullOrEmpty(app.Configuration["Client:DevServerUrl"]));
    TelemetryHosting.UseTelemetry(app, telemetry, layout);
    HealthEndpoint.Map(app);
    AccessHosting.UseAccess(app, access);
    VisibilityHosting.UseVisibility(app, visibility, access);
    // GraphQL subscriptions (graphql-ws) upgrade requests to /graphql; pings keep idle connections through proxies.
    app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
    GraphQLHttpEndpoint.Map(app, "/graphql", ExplorerGraphQL.RequestContext);
    PossibleTypesEndpoint.Map(app);
    BriefingPdfEndpoint.Map(app);
    GraphExplorer.Server.QueryApi.QueryApiHosting.UseQueryApi(app);
    WebClientHosting.Use(app, layout);
    await app.RunAsync(cancellationToken);
}

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
