namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Headers on every response that keep the pages from being framed, sniffed into another type, or made to run script
/// from elsewhere. The policy allows what the web client and GraphiQL (both bundled, served from this origin) use:
/// scripts and styles from this origin, inline styles (GraphiQL and the graph renderers set them), images and fonts
/// from data: and blob: URLs, web workers from blob: URLs (the GraphQL editor's), and requests to this origin only.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <param name="withPolicy">False while the client is proxied to the Vite dev server, whose hot reload needs inline
    /// script and a WebSocket elsewhere.</param>
    public static void Use(WebApplication app, bool withPolicy)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (withPolicy)
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            return next(context);
        });
    }
}
