namespace GraphExplorer.Cypher.Tests.Storage.BulkImport;

/// <summary>A scratch folder for an import's CSV files, with the database folder to import into (not created), deleted on dispose.</summary>
internal sealed class BulkImportFolder : IDisposable
{
    private readonly Journal.TemporaryFolder folder = new();

    public string Database => Path.Combine(folder.Path, "db");

    public string Write(string name, string text)
    {
        var path = folder.File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string File(string name) => folder.File(name);

    public void Dispose() => folder.Dispose();
}
