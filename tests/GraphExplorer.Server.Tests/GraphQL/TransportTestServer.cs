using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Types;
using GraphExplorer.TestSupport.Backends;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.GraphQL;

/// <summary>
/// The real server (routing, transport, options) with a small schema in place of the explorer's, so the transport's
/// behaviour is tested apart from the domain: a query field, a mutation and a field that fails.
/// </summary>
public sealed class TransportTestServer : WebApplicationFactory<Program>
{
    private readonly TestServerDatabase database = TestServerDatabase.Create("graphexplorer-transport-");

    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          broken: String
        }
        type Mutation {
          increment: Int!
        }
        """;

    public int Counter;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Seed:LoadOnStart", "false");
        builder.UseSetting("GraphQL:MaxRequestBytes", "4096");
        builder.ConfigureTestServices(services =>
        {
            var schema = SchemaBuilder.FromSdl(Sdl)
                .BindField("Query", "hello", context => $"hello {context.Arguments["name"]}")
                .BindField("Query", "broken", _ => throw new InvalidOperationException("internal detail that must not leak"))
                .BindField("Mutation", "increment", _ => (object)Interlocked.Increment(ref Counter))
                .Build();
            services.AddSingleton(new GraphQLEngine(schema));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            database.Dispose();
        }
    }
}
