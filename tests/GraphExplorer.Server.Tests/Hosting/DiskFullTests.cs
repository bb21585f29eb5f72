using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Cypher;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database;
using GraphExplorer.Server.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Hosting;

/// <summary>
/// A steward's change when the disk is full (issue #11: it answered "Unexpected error." while <c>/health</c> said
/// healthy): the mutation fails with DISK_FULL, nothing of it is applied, <c>/health</c> is degraded and says why, and
/// once space returns the next change is written and <c>/health</c> is healthy again. The disk is the engine's storage
/// seam (<see cref="IDurableStorage"/>) over a journal kept in memory, whose appends go to <c>/dev/full</c> while the
/// disk is "full": on Linux the error is the operating system's own ENOSPC.
/// </summary>
public sealed class DiskFullTests(DiskFullTests.FullableDiskServer server) : IClassFixture<DiskFullTests.FullableDiskServer>
{
    private const string Upsert = """
        mutation ($input: OrganizationInput!) { upsertOrganization(input: $input) { entity { id name } } }
        """;

    private static object Input(string id) => new
    {
        input = new
        {
            id,
            name = "Disk Test " + id,
            kind = "COMPANY",
            country = "place:japan",
            citation = new { source = "src:001-20df84f1ae021dc9", quote = "LuxProvide et la JAXA ont formalisé leur collaboration" },
        },
    };

    [Fact]
    public async Task A_change_on_a_full_disk_fails_clearly_applies_nothing_turns_health_degraded_and_works_once_space_returns()
    {
        (await HealthAsync()).GetProperty("status").GetString().Should().Be("healthy"); // started (and seeded) with room on the disk
        var appendedBefore = server.Disk.Appended;

        server.Disk.Full = true;
        var refused = await server.PostAsync(Upsert, Input("org:disk-full"), bearer: server.StewardKey);
        var healthWhileFull = await HealthAsync();
        server.Disk.Full = false;
        var absent = await server.DataAsync("""{ entity(id: "org:disk-full") { id } }""");
        var written = await server.PostAsync(Upsert, Input("org:disk-free"), bearer: server.StewardKey);
        var healthAfter = await HealthAsync();

        var error = refused.GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("DISK_FULL");
        error.GetProperty("message").GetString().Should().Contain("disk holding the database is full").And.Contain("Nothing was changed");
        absent.GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null, "nothing of the change was applied");
        healthWhileFull.GetProperty("status").GetString().Should().Be("degraded");
        healthWhileFull.GetProperty("warnings").EnumerateArray().Should().ContainSingle()
            .Which.GetString().Should().Contain("could not be written").And.Contain("No space left on device");

        written.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        written.GetProperty("data").GetProperty("upsertOrganization").GetProperty("entity").GetProperty("id").GetString().Should().Be("org:disk-free");
        server.Disk.Appended.Should().Be(appendedBefore + 1, "the refused change reached no journal, the next one did");
        healthAfter.GetProperty("status").GetString().Should().Be("healthy");
    }

    private async Task<JsonElement> HealthAsync()
    {
        using var client = server.CreateClient();
        return (await client.GetFromJsonAsync<JsonElement>(new Uri("/health", UriKind.Relative)));
    }

    /// <summary>The explorer over an embedded database whose storage is <see cref="FullableDisk"/>.</summary>
    public sealed class FullableDiskServer : ExplorerTestServer
    {
        public FullableDisk Disk { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IGraphDatabase>(_ => EmbeddedGraphDatabase.Create(Disk));
            });
        }
    }

    /// <summary>A journal kept in memory whose appends fail as on a full disk while <see cref="Full"/>: the record is
    /// written to <c>/dev/full</c>, which refuses every write with ENOSPC. Thread-safe enough for one writer at a time,
    /// as the engine calls it.</summary>
    public sealed class FullableDisk : IDurableStorage
    {
        private readonly List<IReadOnlyList<GraphMutation>> journal = [];

        public volatile bool Full;

        public int Appended
        {
            get
            {
                lock (journal)
                {
                    return journal.Count;
                }
            }
        }

        public IEnumerable<IReadOnlyList<GraphMutation>> Recover() => [];

        public void Append(IReadOnlyList<GraphMutation> transaction)
        {
            if (Full && File.Exists("/dev/full"))
            {
                using var device = new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                device.Write(new byte[transaction.Count + 64]);
                device.Flush(flushToDisk: true);
            }
            else if (Full)
            {
                throw new IOException("No space left on device", 28); // what .NET raises for ENOSPC where there is no /dev/full
            }

            lock (journal)
            {
                journal.Add(transaction);
            }
        }

        public bool ShouldCompact => false;

        public void Compact(IEnumerable<GraphMutation> state) => throw new NotSupportedException("never compacts (ShouldCompact is false)");

        public void Dispose()
        {
        }
    }
}
