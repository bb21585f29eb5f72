using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Bolt.Tests.Support;

namespace GraphExplorer.Bolt.Tests.Transport;

/// <summary>TLS on the Bolt port when a certificate is configured: required, so credentials never travel in clear text.</summary>
public sealed class TlsTransportTests : IAsyncLifetime
{
    private readonly X509Certificate2 certificate = SelfSigned();
    private readonly BoltServerHarness server;

    public TlsTransportTests() => server = new BoltServerHarness(new BoltServerOptions { Certificate = certificate });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        certificate.Dispose();
    }

    [Fact]
    public async Task A_client_speaking_tls_negotiates_and_logs_in()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", server.Port);
        await using var tls = new SslStream(tcp.GetStream(), false, (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString());
        await tls.AuthenticateAsClientAsync("localhost");
        await using var client = BoltTestClient.Over(tls);
        await client.LoginAsync();
    }

    [Fact]
    public async Task A_client_without_tls_is_closed_before_anything_is_exchanged()
    {
        await using var client = await server.ConnectAsync();
        var act = () => client.HandshakeAsync("00000405");
        await act.Should().ThrowAsync<Exception>().Where(e => e is EndOfStreamException || e is IOException);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Through PKCS#12, so that the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
