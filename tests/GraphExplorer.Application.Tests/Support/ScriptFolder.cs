using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Support;

/// <summary>
/// A fresh database on the test backend and a temporary folder of scripts, for tests that write a script and load it as
/// a steward would. The test owns it: dispose it in the test class's <c>DisposeAsync</c>.
/// </summary>
internal sealed class ScriptFolder(string prefix) : IAsyncDisposable
{
    public IGraphDatabase Database { get; } = TestBackend.CreateDatabase();

    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The path a script of this name has in the folder.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> as script <paramref name="name"/> and loads it alone.</summary>
    public async Task<ScriptReport> LoadAsync(string name, string text, LoadOptions options)
    {
        await File.WriteAllTextAsync(PathOf(name), text);
        return (await new ScriptLoader(Database).LoadAsync([ScriptFile.Read(PathOf(name))], options)).Single();
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(Path, recursive: true);
    }
}
