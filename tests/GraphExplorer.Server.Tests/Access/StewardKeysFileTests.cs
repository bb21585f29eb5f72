using GraphExplorer.Application.Stewardship;
using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Api;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>
/// Steward keys without a restart (issue #19): <c>steward-key &lt;name&gt; --add</c> writes the key's entry to the keys
/// file, and the running server accepts the key from its next request; an entry removed from the file stops counting as
/// soon.
/// </summary>
[Collection(CommandRunner.Collection)]
public sealed class StewardKeysFileTests : IDisposable
{
    private const string StewardsOnly = "{ batches { id } }";

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-keys-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_key_added_to_the_keys_file_counts_at_the_next_request_and_a_removed_one_stops_counting_without_a_restart()
    {
        var keysFile = Path.Combine(folder, "stewards.json");
        using var server = new KeysFileTestServer(keysFile);
        (await CodeAsync(server, StewardKeyHasher.NewKey())).Should().Be("FORBIDDEN", "no key of the file is known yet");

        var (exit, output, errors) = await CommandRunner.RunAsync(StewardKeyCommand.Create([$"--Stewards:KeysFile={keysFile}"]), "steward-key", "carol", "--add");

        exit.Should().Be(0, errors);
        output.Should().Contain($"Added to {keysFile}");
        var key = output.Split('\n')[1].Trim();
        (await CodeAsync(server, key)).Should().BeNull("the server read the file again at this request");
        File.ReadAllText(keysFile).Should().Contain("\"Name\": \"carol\"").And.NotContain(key, "only the key's salted hash is kept");
        (await CodeAsync(server, server.StewardKey)).Should().BeNull("the configured key still counts");

        await File.WriteAllTextAsync(keysFile, "{ \"Keys\": [] }");

        (await CodeAsync(server, key)).Should().Be("FORBIDDEN", "the key was revoked by removing its entry");
    }

    /// <summary>The error code of a stewards-only request with this key; null when it answered.</summary>
    private static async Task<string?> CodeAsync(ExplorerTestServer server, string key)
    {
        var body = await server.PostAsync(StewardsOnly, bearer: key);
        return body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;
    }

    private sealed class KeysFileTestServer(string keysFile) : ExplorerTestServer(new Dictionary<string, string?> { [$"{StewardSettings.Section}:KeysFile"] = keysFile });
}
