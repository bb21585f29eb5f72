using System.Net;
using System.Text.Json;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Server.Bolt;
using GraphExplorer.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Bolt;

/// <summary>
/// Steward keys of the keys file over Bolt (issue #19): the Bolt server checks steward logins with the server's one
/// key verifier, so a key added to <c>Stewards:KeysFile</c> logs in over Bolt without a restart, and a key removed
/// from it stops logging in, as on <c>/graphql</c>.
/// </summary>
public sealed class BoltKeysFileLoginTests : IDisposable
{
    private static readonly IPAddress Client = IPAddress.Parse("192.0.2.19");

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-bolt-keys-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_steward_key_of_the_keys_file_logs_in_over_bolt_until_it_is_removed()
    {
        var keysFile = Path.Combine(folder, "stewards.json");
        var key = StewardKeyHasher.NewKey();
        using var server = new BoltWithKeysFileServer(keysFile);
        using var _ = server.CreateClient();
        var authenticator = server.Services.GetRequiredService<BoltHostedService>().Authenticator!;
        (await LoginAsync(authenticator, key)).Access.Should().BeNull("the key is in no file yet");

        await File.WriteAllTextAsync(keysFile, JsonSerializer.Serialize(new { Keys = new[] { StewardKeyHasher.CreateEntry("carol", key) } }));

        var login = await LoginAsync(authenticator, key);
        login.Access.Should().Be(BoltAccess.Write, "the keys file was read again at this login: {0}", login.Refusal);
        (await LoginAsync(authenticator, server.StewardKey)).Access.Should().Be(BoltAccess.Write, "the configured key still counts");

        await File.WriteAllTextAsync(keysFile, "{ \"Keys\": [] }");

        (await LoginAsync(authenticator, key)).Access.Should().BeNull("the key was revoked by removing its entry");
    }

    private static async Task<BoltAuthentication> LoginAsync(IBoltAuthenticator authenticator, string key) =>
        await authenticator.AuthenticateAsync(new BoltCredentials("basic", StewardBoltAuthenticator.StewardUser, key), Client, "bolt-keys", CancellationToken.None);

    private sealed class BoltWithKeysFileServer(string keysFile) : ExplorerTestServer(new Dictionary<string, string?>
    {
        ["Bolt:Enabled"] = "true",
        ["Bolt:Port"] = "0",
        [$"{StewardSettings.Section}:KeysFile"] = keysFile,
    });
}
