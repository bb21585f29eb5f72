using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution.Administration;

/// <summary>
/// <c>SHOW SETTINGS</c> (Operations manual, "Show configuration settings"): the settings this database has, with
/// Neo4j's columns, a filter by name, and YIELD, WHERE and RETURN.
/// </summary>
public sealed class ShowSettingsTests
{
    private static TestDatabase Configured() => new(new EmbeddedDatabaseOptions(
        DefaultLimits: new QueryLimits(TimeSpan.FromSeconds(30), 500), ImportDirectory: "/srv/import"));

    [Fact]
    public void Show_settings_lists_every_setting_with_the_default_columns()
    {
        var result = new TestDatabase().Run("SHOW SETTINGS");
        result.Keys.Should().Equal("name", "value", "isDynamic", "defaultValue", "description");
        result.Select(r => r["name"]).Should().Equal(
            "db.transaction.timeout", "graphexplorer.query.max_rows", "server.databases.default_to_read_only", "server.db.query_cache_size",
            "server.directories.import");
        result.First()["value"].Should().Be("0s", "a database without limits has no timeout");
    }

    [Fact]
    public void A_named_setting_shows_the_value_the_database_was_opened_with()
    {
        var row = Configured().Run("SHOW SETTINGS 'db.transaction.timeout' YIELD *").Single();
        row["value"].Should().Be("30s");
        row["defaultValue"].Should().Be("0s");
        row["startupValue"].Should().Be("30s");
        row["isExplicitlySet"].Should().Be(true);
        row["isDynamic"].Should().Be(false);
        row["isDeprecated"].Should().Be(false);
    }

    [Fact]
    public void Names_may_be_several_strings_or_a_list_and_unknown_names_list_nothing()
    {
        var db = Configured();
        db.Column("SHOW SETTINGS 'server.directories.import', 'no.such.setting' YIELD name RETURN name").Should().Equal("server.directories.import");
        db.Column("SHOW SETTINGS $names YIELD name, value RETURN value ORDER BY value", new { names = new List<object?> { "graphexplorer.query.max_rows", "server.directories.import" } })
            .Should().Equal("/srv/import", "500");
    }

    [Fact]
    public void Where_filters_the_yielded_columns()
    {
        new TestDatabase().Column("SHOW SETTINGS YIELD name, isExplicitlySet WHERE isExplicitlySet RETURN name").Should().BeEmpty();
        Configured().Column("SHOW SETTINGS YIELD name, isExplicitlySet WHERE isExplicitlySet RETURN name ORDER BY name")
            .Should().Equal("db.transaction.timeout", "graphexplorer.query.max_rows", "server.directories.import");
    }

    [Fact]
    public void A_name_that_is_not_a_string_is_a_type_error()
    {
        var error = new TestDatabase().Fails("SHOW SETTINGS 42");
        error.Detail.Should().Be("InvalidArgumentType");
        error.Position!.Value.Column.Should().Be(15);
    }
}
