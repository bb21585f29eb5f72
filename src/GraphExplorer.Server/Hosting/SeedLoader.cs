using GraphExplorer.Application.Loading;
using GraphExplorer.Database;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Loads the repository's cypher/ scripts when the server starts, so a fresh clone gives a working explorer and a
/// restart applies only scripts added since. Already-applied scripts are skipped by checksum.
/// </summary>
internal static class SeedLoader
{
    public static async Task LoadAsync(IGraphDatabase database, ProductLayout layout, LoadSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(layout.SeedScripts))
        {
            logger.LogWarning("No seed scripts at {Folder}; the database starts as it is.", layout.SeedScripts);
            return;
        }

        IReadOnlyList<ScriptFile> scripts;
        try
        {
            scripts = ScriptFile.Collect([layout.SeedScripts], layout.SeedScripts);
        }
        catch (InvalidDataException exception)
        {
            logger.LogError("Seed scripts were not applied: {Error}", exception.Message);
            return;
        }

        var loader = new ScriptLoader(database, null);
        var reports = await loader.LoadAsync(scripts, new LoadOptions("seed", FileTimeout: settings.FileTimeout, Rules: RuleChecks.Refuse), cancellationToken);
        foreach (var report in reports)
        {
            if (report.Error is { } error)
            {
                logger.LogError("Seed script {Script} was not applied: {Error}", report.Script.Name, error.ToString());
            }
            else if (report.Outcome == ScriptOutcome.Applied)
            {
                logger.LogInformation("Seed script {Script} applied: {Changes}", report.Script.Name, StatisticsText.Describe(report.Statistics));
            }
        }
    }
}
