namespace GraphExplorer.Server.Hosting;

/// <summary>
/// What the database reported when it was opened (a torn tail dropped, committed transactions missing from a cut
/// journal, a damaged manifest): kept for the whole run so that <c>/health</c> reports the database as degraded.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class DatabaseWarnings
{
    private readonly List<string> warnings = [];

    public void Add(string warning)
    {
        lock (warnings)
        {
            warnings.Add(warning);
        }
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (warnings)
            {
                return [.. warnings];
            }
        }
    }
}
