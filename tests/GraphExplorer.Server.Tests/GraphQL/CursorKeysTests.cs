using GraphExplorer.Server.GraphQL;
using GraphExplorer.Server.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphExplorer.Server.Tests.GraphQL;

/// <summary>The key that signs Relay cursors: configured, or kept in a file so that cursors survive a restart.</summary>
public sealed class CursorKeysTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-cursor-key-").FullName;

    private static readonly IReadOnlyList<object?> SortKey = ["JAXA", 3L, null, "org:jaxa"];

    [Fact]
    public void A_server_restarted_over_the_same_key_file_accepts_the_cursors_it_issued_before()
    {
        var options = new GraphQLHttpOptions { CursorKeyFile = Path.Combine(folder, "data", "cursor.key") };
        var before = CursorKeys.Create(options, ProductLayout.Discover(), NullLogger.Instance);
        var cursor = before.Encode(SortKey, "Organization|{}");

        var after = CursorKeys.Create(options, ProductLayout.Discover(), NullLogger.Instance);

        after.Decode(cursor, "Organization|{}", "after").Should().Equal(SortKey);
        File.ReadAllText(options.CursorKeyFile).Trim().Should().HaveLength(44, "32 random bytes in base64");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(options.CursorKeyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the key is the server's secret");
        }
    }

    [Fact]
    public void A_configured_key_signs_alike_on_every_server_and_a_short_one_is_refused_naming_the_setting()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var one = CursorKeys.Create(new GraphQLHttpOptions { CursorKey = key, CursorKeyFile = Path.Combine(folder, "one.key") }, ProductLayout.Discover(), NullLogger.Instance);
        var other = CursorKeys.Create(new GraphQLHttpOptions { CursorKey = key, CursorKeyFile = Path.Combine(folder, "other.key") }, ProductLayout.Discover(), NullLogger.Instance);

        other.Decode(one.Encode(SortKey, "list"), "list", "after").Should().Equal(SortKey);
        File.Exists(Path.Combine(folder, "one.key")).Should().BeFalse("a configured key needs no file");

        var refuse = () => CursorKeys.Create(new GraphQLHttpOptions { CursorKey = Convert.ToBase64String(new byte[16]) }, ProductLayout.Discover(), NullLogger.Instance);
        refuse.Should().Throw<InvalidOperationException>().WithMessage("GraphQL:CursorKey*16 bytes*32*");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
