using GraphExplorer.Database;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.Tests.Hosting;

public sealed class DatabaseFactoryTests
{
    private static readonly ProductLayout Layout = ProductLayout.Discover();

    [Fact]
    public async Task The_embedded_backend_is_the_default_and_lives_in_the_configured_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graphexplorer-factory-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var database = DatabaseFactory.Open(new DatabaseSettings { Path = folder }, Layout);

            database.BackendName.Should().Be("embedded");
            Directory.Exists(folder).Should().BeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_neo4j_backend_is_chosen_by_configuration_and_says_plainly_when_the_server_is_unreachable()
    {
        var settings = new DatabaseSettings { Backend = "neo4j", Url = "http://127.0.0.1:9", Password = "s3cret", QueryTimeoutSeconds = 2 };
        await using var database = DatabaseFactory.Open(settings, Layout);

        database.BackendName.Should().Be("neo4j");
        var check = () => database.VerifyConnectivityAsync();
        var failure = (await check.Should().ThrowAsync<CypherException>()).Which;
        failure.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        failure.Message.Should().Contain("127.0.0.1:9").And.NotContain("s3cret");
    }

    [Fact]
    public void An_unknown_backend_is_refused_with_the_choices()
    {
        var open = () => DatabaseFactory.Open(new DatabaseSettings { Backend = "postgres" }, Layout);

        open.Should().Throw<InvalidOperationException>().WithMessage("*'postgres'*embedded*neo4j*");
    }

    [Fact]
    public void Settings_never_show_the_password() =>
        new DatabaseSettings { Password = "s3cret" }.ToString().Should().NotContain("s3cret");
}
