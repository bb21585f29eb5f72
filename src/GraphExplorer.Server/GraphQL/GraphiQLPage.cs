using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// The in-browser GraphQL IDE (GraphiQL, bundled from npm by the web client's build as graphiql.html), served at the
/// GraphQL path to browsers that ask for HTML, so analysts find the IDE at the same URL their tools post to.
/// </summary>
internal static class GraphiQLPage
{
    public const string BundleFile = "graphiql.html";

    public static async Task WriteAsync(HttpContext http)
    {
        var layout = http.RequestServices.GetRequiredService<ProductLayout>();
        var page = Path.Combine(layout.ClientBundle, BundleFile);
        http.Response.ContentType = "text/html; charset=utf-8";
        if (File.Exists(page))
        {
            await http.Response.SendFileAsync(page, http.RequestAborted);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await http.Response.WriteAsync(
            "<!doctype html><title>GraphiQL</title><p>The GraphQL IDE has not been built. Run <code>npm ci &amp;&amp; " +
            "npm run build</code> in <code>client/</code>, then reload. GraphQL itself answers POST requests here.</p>",
            http.RequestAborted);
    }
}
