namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Configuration for commands that run without the web host (load, validate, dump): the same sources as the server —
/// appsettings.json, appsettings.{Environment}.json, environment variables (e.g. <c>Database__Backend</c>) and
/// <c>--Key=value</c> arguments.
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
            .AddCommandLine(args)
            .Build();
    }

    public static DatabaseSettings GetDatabaseSettings(this IConfiguration configuration) =>
        configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>() ?? new DatabaseSettings();

    public static LoadSettings GetLoadSettings(this IConfiguration configuration) =>
        configuration.GetSection(LoadSettings.Section).Get<LoadSettings>() ?? new LoadSettings();
}
