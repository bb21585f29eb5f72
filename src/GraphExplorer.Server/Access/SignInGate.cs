using GraphExplorer.Application.Api;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.GraphQL;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.Server.GraphQL;
using GraphExplorer.Server.Telemetry;

namespace GraphExplorer.Server.Access;

/// <summary>
/// With <c>Access:RequireSignIn</c>, every read of data needs an authenticated user: <c>/graphql</c> (the web client's
/// data, its exports, GraphiQL, API clients) and <c>/briefing.pdf</c>. An anonymous request gets 401 with
/// <c>WWW-Authenticate: Bearer</c> and, on <c>/graphql</c>, an <c>UNAUTHENTICATED</c> GraphQL error; a browser opening
/// GraphiQL is sent to sign in instead. A steward key counts as authenticated: wrong keys count against the client's
/// address in the same <see cref="StewardKeyThrottle"/> as the keys of mutations and Bolt logins.
/// </summary>
internal static class SignInGate
{
    private static readonly PathString[] Guarded = ["/graphql", "/briefing.pdf"];

    public static void Use(WebApplication app, AccessSettings settings)
    {
        if (!settings.RequireSignIn)
        {
            return;
        }

        app.Use(async (http, next) =>
        {
            if (!Guarded.Any(path => http.Request.Path.StartsWithSegments(path)) || Authenticated(http))
            {
                await next(http);
                return;
            }

            await RefuseAsync(http, settings);
        });
    }

    private static bool Authenticated(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            return true;
        }

        if (BearerCredential.StewardKey(http.Request) is not { } key)
        {
            return false;
        }

        var throttle = http.RequestServices.GetRequiredService<StewardKeyThrottle>();
        var address = http.Connection.RemoteIpAddress;
        if (throttle.LockedOut(address) is not null)
        {
            return false;
        }

        if (http.RequestServices.GetRequiredService<StewardKeyVerifier>().Verify(key) is not null)
        {
            return true;
        }

        throttle.RecordFailure(address, http.TraceIdentifier);
        return false;
    }

    private static async Task RefuseAsync(HttpContext http, AccessSettings settings)
    {
        var accept = GraphQLMediaTypes.ReadAccept(http.Request);
        if (settings.OidcEnabled && HttpMethods.IsGet(http.Request.Method) && accept.AcceptsHtml)
        {
            http.Response.Redirect(AccountEndpoints.SignInPath + "?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            return;
        }

        var message = "Reading needs a signed-in user (Access:RequireSignIn is on): " + HowToSignIn(settings) + " Nothing was read.";
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.Headers.CacheControl = "no-store";
        if (!http.Request.Path.StartsWithSegments("/graphql"))
        {
            await Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http);
            return;
        }

        var result = ExecutionResult.RequestError(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ApiErrorCodes.Unauthenticated }));
        http.RequestServices.GetService<ServerMetrics>()?.CountErrors(result.Errors);
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(accept.MediaType ?? GraphQLMediaTypes.Json);
        ResponseWriter.Write(http.Response.BodyWriter, result);
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    private static string HowToSignIn(AccessSettings settings) => (settings.OidcEnabled, settings.JwtEnabled) switch
    {
        (true, true) => $"sign in at {AccountEndpoints.SignInPath}, or send a token of the identity provider or a steward key as 'Authorization: Bearer <token>'.",
        (true, false) => $"sign in at {AccountEndpoints.SignInPath}, or send a steward key as 'Authorization: Bearer <key>'.",
        (false, true) => "send a token of the identity provider or a steward key as 'Authorization: Bearer <token>'.",
        (false, false) => "send a steward key as 'Authorization: Bearer <key>' (no identity provider is configured: Access:Jwt, Access:Oidc).",
    };
}
