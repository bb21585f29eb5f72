using System.CommandLine;
using GraphExplorer.Database;
using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Hosting;

// `GraphExplorer.Server` with no command serves the explorer; `load` applies scripts, `validate` checks the data rules,
// `dump` writes the graph as a Cypher script, `lineage` lists what a batch wrote. Unrecognised options
// (such as --urls) are passed on to the web host and the configuration.
var root = new RootCommand("GraphExplorer: the partnership and MoU relationship-graph explorer.")
{
    TreatUnmatchedTokensAsErrors = false,
};
root.Subcommands.Add(LoadCommand.Create(args));
root.Subcommands.Add(ValidateCommand.Create(args));
root.Subcommands.Add(DumpCommand.Create(args));
root.Subcommands.Add(LineageCommand.Create(args));
root.Subcommands.Add(StewardKeyCommand.Create());
root.SetAction(async (parseResult, cancellationToken) =>
{
    await ServeAsync([.. parseResult.UnmatchedTokens], cancellationToken);
    return 0;
});
return await root.Parse(args).InvokeAsync();

static async Task ServeAsync(string[] hostArgs, CancellationToken cancellationToken)
{
    var layout = ProductLayout.Discover();
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = hostArgs,
        ContentRootPath = AppContext.BaseDirectory,
    });
    var settings = builder.Configuration.GetDatabaseSettings();
    builder.Services.AddSingleton(layout);
    builder.Services.AddSingleton<IGraphDatabase>(_ => DatabaseFactory.Open(settings, layout));

    var app = builder.Build();
    var database = app.Services.GetRequiredService<IGraphDatabase>();
    if (app.Configuration.GetValue("Seed:LoadOnStart", true))
    {
        await SeedLoader.LoadAsync(database, layout, app.Logger, cancellationToken);
    }

    HealthEndpoint.Map(app);
    WebClientHosting.Use(app, layout);
    await app.RunAsync(cancellationToken);
}

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
