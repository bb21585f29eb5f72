using Microsoft.Extensions.Logging.Console;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// How the server writes its log to the console: for a person (one readable entry per event, <c>simple</c>) when it runs
/// in a terminal or in the Development environment (<c>dotnet run</c>), and as one JSON object per line (<c>json</c>,
/// with the scopes that carry the request's trace and span ids, UTC timestamps) when its output goes to a file, a pipe
/// or a log collector, as it does in production. <c>Logging:Console:FormatterName</c> (<c>simple</c>, <c>json</c> or
/// <c>systemd</c>) overrides the choice.
/// </summary>
internal static class ConsoleLogFormat
{
    public const string Setting = "Logging:Console:FormatterName";

    public static void Configure(WebApplicationBuilder builder)
    {
        // The formatters' options are configured, not added with AddJsonConsole/AddSimpleConsole: those also choose
        // their formatter, and the last one would win whatever was configured.
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        var formatter = Choose(builder.Configuration[Setting], builder.Environment.IsDevelopment(), writesToTerminal: !Console.IsOutputRedirected);
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = formatter);
    }

    /// <summary>The formatter configured, else the one for a person at a terminal or a developer, else JSON.</summary>
    internal static string Choose(string? configured, bool development, bool writesToTerminal) =>
        !string.IsNullOrWhiteSpace(configured) ? configured
        : development || writesToTerminal ? ConsoleFormatterNames.Simple
        : ConsoleFormatterNames.Json;
}
