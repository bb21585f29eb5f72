using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphExplorer.Neo4j.Tests.Support;

/// <summary>
/// A real HTTP server on the loopback interface that answers like the Query API, so requests go through the client's
/// own socket handler: what is checked here is what goes over the wire. Answers come from a queue, in order.
/// </summary>
public sealed class LoopbackQueryApi : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Queue<(int Status, string Body, string? Affinity)> answers = new();
    private readonly List<(string Method, string Path, string Accept, string? ContentType, string? Affinity, string Body)> requests = [];
    private readonly Task loop;

    public LoopbackQueryApi()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    public IReadOnlyList<(string Method, string Path, string Accept, string? ContentType, string? Affinity, string Body)> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public LoopbackQueryApi Answer(string body, int status = 202, string? affinity = null)
    {
        lock (answers)
        {
            answers.Enqueue((status, body, affinity));
        }

        return this;
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
        {
            // The listener was closed under the loop: the normal way for it to end.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (requests)
            {
                requests.Add((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Accept"] ?? string.Empty,
                    context.Request.ContentType, context.Request.Headers["neo4j-cluster-affinity"], body));
            }

            (int Status, string Body, string? Affinity) answer;
            lock (answers)
            {
                answer = answers.Count > 0 ? answers.Dequeue() : (500, """{"errors": [{"code": "Neo.DatabaseError.General.UnknownError", "message": "no scripted answer"}]}""", null);
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/vnd.neo4j.query.v1.1";
            if (answer.Affinity is not null)
            {
                context.Response.Headers["neo4j-cluster-affinity"] = answer.Affinity;
            }

            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
