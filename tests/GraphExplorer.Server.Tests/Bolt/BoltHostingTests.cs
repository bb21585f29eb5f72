using System.Net.Sockets;
using GraphExplorer.Server.Bolt;
using GraphExplorer.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Bolt;

/// <summary>The server runs the Bolt server only when <c>Bolt:Enabled</c> is true, on loopback by default.</summary>
public sealed class BoltHostingTests
{
    [Fact]
    public void Bolt_is_off_unless_enabled()
    {
        using var server = new ExplorerTestServer();
        using var _ = server.CreateClient();
        server.Services.GetRequiredService<BoltHostedService>().Port.Should().BeNull();
    }

    [Fact]
    public async Task Enabled_it_answers_the_bolt_handshake_on_loopback()
    {
        using var server = new EnabledServer();
        using var _ = server.CreateClient();
        var port = server.Services.GetRequiredService<BoltHostedService>().Port;
        port.Should().NotBeNull();

        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port!.Value);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Convert.FromHexString("6060B017" + "00080805" + "00000000" + "00000000" + "00000000"));
        var answer = new byte[4];
        await stream.ReadExactlyAsync(answer);
        Convert.ToHexString(answer).Should().Be("00000405");
    }

    [Fact]
    public void With_sign_in_required_anonymous_Bolt_reads_stop_the_server_from_starting_naming_both_settings()
    {
        using var server = new AnonymousReadsWithSignInServer();

        var starting = () => server.CreateClient();

        starting.Should().Throw<InvalidOperationException>()
            .WithMessage("*Bolt:AllowAnonymousReads*Access:RequireSignIn*");
    }

    private sealed class AnonymousReadsWithSignInServer() : ExplorerTestServer(new Dictionary<string, string?>
    {
        ["Bolt:Enabled"] = "true",
        ["Bolt:Port"] = "0",
        ["Bolt:AllowAnonymousReads"] = "true",
        ["Access:RequireSignIn"] = "true",
    });

    private sealed class EnabledServer() : ExplorerTestServer(new Dictionary<string, string?>
    {
        ["Bolt:Enabled"] = "true",
        ["Bolt:Port"] = "0",
    });
}
