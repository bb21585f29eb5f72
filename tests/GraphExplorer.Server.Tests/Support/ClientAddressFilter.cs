using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace GraphExplorer.Server.Tests.Support;

/// <summary>
/// The in-memory test server gives requests no client address: this makes each come from loopback, as Kestrel would
/// say of a client on the same machine, unless the request names another in <see cref="Header"/>.
/// </summary>
public sealed class ClientAddressFilter : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            http.Connection.RemoteIpAddress = http.Request.Headers[Header].ToString() is { Length: > 0 } address
                ? IPAddress.Parse(address)
                : IPAddress.Loopback;
            return following(http);
        });
        next(app);
    };
}
