namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Configuration for commands that run without the web host (load, validate, dump): the same sources as the server —
/// appsettings.json, appsettings.{Environment}.json, environment variables (e.g. <c>Database__Backend</c>) and
/// <c>--Key=value</c> arguments (only that form: other arguments are the command's).
/// </summary>
public static class ServerConfiguration
{
    public static IConfiguration Build(string[] args)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            // Only `--Key=value` settings: the command line's own words are not configuration, and the provider would
            // take an absolute path (`/srv/x.cypher`) for a `/Key` switch and the setting after it for its value.
            .AddCommandLine([.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))])
            .Build();
    }

    public static DatabaseSettings GetDatabaseSettings(this IConfiguration configuration) =>
        configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>() ?? new DatabaseSettings();

    public static LoadSettings GetLoadSettings(this IConfiguration configuration) =>
        configuration.GetSection(LoadSettings.Section).Get<LoadSettings>() ?? new LoadSettings();
}
