using Microsoft.Extensions.FileProviders;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Serves the web client: in development (<c>Client:DevServerUrl</c> set) by proxying to the Vite dev server, otherwise
/// from the built bundle in client/dist, with index.html for every other non-API path (client-side routes).
/// </summary>
internal static class WebClientHosting
{
    public static void Use(WebApplication app, ProductLayout layout)
    {
        var devServer = app.Configuration["Client:DevServerUrl"];
        if (!string.IsNullOrEmpty(devServer))
        {
            app.UseSpa(spa => spa.UseProxyToSpaDevelopmentServer(devServer));
            return;
        }

        if (!File.Exists(Path.Combine(layout.ClientBundle, "index.html")))
        {
            app.MapGet("/", () => Results.Content(
                "<!doctype html><title>GraphExplorer</title><p>The web client has not been built. " +
                "Run <code>npm ci &amp;&amp; npm run build</code> in <code>client/</code> (Node.js is needed), then restart.</p>",
                "text/html"));
            return;
        }

        var files = new PhysicalFileProvider(layout.ClientBundle);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
    }
}
