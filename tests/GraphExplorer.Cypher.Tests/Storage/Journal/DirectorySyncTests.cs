using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

public sealed class DirectorySyncTests
{
    [Fact]
    public void A_folder_can_be_flushed_on_unix()
    {
        using var folder = new TemporaryFolder();

        var flushed = DirectorySync.TryFlush(folder.Path);

        flushed.Should().Be(!OperatingSystem.IsWindows());
    }

    [Fact]
    public void A_missing_folder_cannot_be_flushed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var act = () => DirectorySync.TryFlush(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        act.Should().Throw<IOException>().WithMessage("cannot open folder *");
    }
}
