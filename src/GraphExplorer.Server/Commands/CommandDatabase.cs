using GraphExplorer.Database;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// Opens the configured database for a command: read-only for commands that only read (dump, validate, lineage,
/// check), so that they never modify the database folder; what the database reports on opening is printed to the
/// error stream as <c>warning: …</c>.
/// </summary>
internal static class CommandDatabase
{
    public static IGraphDatabase Open(string[] configurationArgs, bool readOnly, List<string>? warnings = null)
    {
        var layout = ProductLayout.Discover();
        var settings = ServerConfiguration.Build(configurationArgs).GetDatabaseSettings();
        return DatabaseFactory.Open(settings, layout, readOnly, warning =>
        {
            warnings?.Add(warning);
            Console.Error.WriteLine($"warning: {warning}");
        });
    }
}
