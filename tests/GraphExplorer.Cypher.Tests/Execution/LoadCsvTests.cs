using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>
/// LOAD CSV (Cypher manual, "LOAD CSV") on the embedded engine, reading files from an import directory of its own
/// per test: lists and maps of strings, terminators, quotes, nulls, linenumber() and file(), the import directory's
/// boundary, malformed files and batches of IN TRANSACTIONS.
/// </summary>
public sealed class LoadCsvTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("load-csv-").FullName;

    private string Import => Path.Combine(root, "import");

    public LoadCsvTests() => Directory.CreateDirectory(Import);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private TestDatabase Database(string file, string content)
    {
        File.WriteAllText(Path.Combine(Import, file), content);
        return new TestDatabase(new EmbeddedDatabaseOptions(ImportDirectory: Import));
    }

    [Fact]
    public async Task Without_headers_each_record_is_a_list_of_strings()
    {
        await using var db = Database("artists.csv", "1,ABBA,1992\n2,Roxette,1986\n");

        db.Column("LOAD CSV FROM 'file:///artists.csv' AS row RETURN row").Should().BeEquivalentTo(
            new object[] { new List<object?> { "1", "ABBA", "1992" }, new List<object?> { "2", "Roxette", "1986" } },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task With_headers_each_record_is_a_map_and_empty_fields_are_null()
    {
        await using var db = Database("artists.csv", "id,name,year\n1,ABBA,1992\n2,Roxette,\n");

        var rows = db.Run("LOAD CSV WITH HEADERS FROM 'file:///artists.csv' AS row RETURN row.id, row.name, row.year, keys(row) AS keys");

        rows.Select(r => new[] { r[0], r[1], r[2] }).Should().BeEquivalentTo(
            new[] { new object?[] { "1", "ABBA", "1992" }, new object?[] { "2", "Roxette", null } }, o => o.WithStrictOrdering());
        ((IEnumerable<object?>)rows[0][3]!).Should().BeEquivalentTo(new[] { "id", "name", "year" });
    }

    [Fact]
    public async Task The_url_may_be_a_parameter_and_the_terminator_any_character()
    {
        await using var db = Database("semi.tsv", "a;b\tc\n");

        db.Scalar("LOAD CSV FROM $url AS row FIELDTERMINATOR ';' RETURN row", new { url = "file:///semi.tsv" })
            .Should().BeEquivalentTo(new List<object?> { "a", "b\tc" });
        db.Scalar("LOAD CSV FROM $url AS row FIELDTERMINATOR '\\t' RETURN row", new { url = "file:///semi.tsv" })
            .Should().BeEquivalentTo(new List<object?> { "a;b", "c" });
    }

    [Fact]
    public async Task Quoted_fields_keep_terminators_line_breaks_and_doubled_quotes()
    {
        await using var db = Database("quotes.csv", "name,said\n\"Smith, John\",\"He said \"\"hi\"\"\nthen left\"\n");

        var row = db.Run("LOAD CSV WITH HEADERS FROM 'file:///quotes.csv' AS row RETURN row.name, row.said").Single();

        row[0].Should().Be("Smith, John");
        row[1].Should().Be("He said \"hi\"\nthen left");
    }

    [Fact]
    public async Task Linenumber_and_file_give_each_rows_record_and_the_files_absolute_path()
    {
        await using var db = Database("people.csv", "name\nAda\nGrace\n");

        var rows = db.Run("LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row RETURN linenumber() AS line, file() AS file, row.name");

        rows.Select(r => r[0]).Should().Equal(2L, 3L);
        rows.Select(r => r[1]).Should().AllBeEquivalentTo(Path.Combine(Import, "people.csv"));
        db.Scalar("RETURN linenumber()").Should().BeNull();
    }

    [Theory]
    [InlineData("file:///../secret.csv")]
    [InlineData("file:///..%2Fsecret.csv")]
    [InlineData("file:///sub/../../secret.csv")]
    public async Task Dot_segments_stay_within_the_import_directory(string url)
    {
        // As in Neo4j, the URL's path is normalised before it is resolved: ".." never climbs above the import directory.
        await using var db = Database("inside.csv", "a\n");
        File.WriteAllText(Path.Combine(root, "secret.csv"), "password\n");

        var error = db.Fails("LOAD CSV FROM $url AS row RETURN row", new { url });

        error.Message.Should().Contain(url).And.Contain($"no file {Path.Combine(Import, "secret.csv")}");
        error.Neo4jCode.Should().Be("Neo.ClientError.Statement.ExternalResourceFailed");
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_import_directory_is_refused()
    {
        await using var db = Database("inside.csv", "a\n");
        var secret = Path.Combine(root, "secret.csv");
        File.WriteAllText(secret, "password\n");
        File.CreateSymbolicLink(Path.Combine(Import, "link.csv"), secret);

        db.Fails("LOAD CSV FROM 'file:///link.csv' AS row RETURN row").Message
            .Should().Contain("file:///link.csv").And.Contain("outside the configured import directory");
    }

    [Theory]
    [InlineData("https://example.org/people.csv")]
    [InlineData("/etc/passwd")]
    [InlineData("file://server/people.csv")]
    public async Task Remote_urls_and_bare_paths_are_refused_naming_the_url(string url)
    {
        await using var db = Database("people.csv", "a\n");

        var error = db.Fails("LOAD CSV FROM $url AS row RETURN row", new { url });

        error.Message.Should().Contain(url).And.Contain("reads only file:/// URLs");
        error.Neo4jCode.Should().Be("Neo.ClientError.Statement.ExternalResourceFailed");
    }

    [Fact]
    public async Task Without_an_import_directory_no_file_is_read()
    {
        await using var db = new TestDatabase();

        db.Fails("LOAD CSV FROM 'file:///people.csv' AS row RETURN row").Message
            .Should().Contain("file:///people.csv").And.Contain("no import directory is configured");
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        await using var db = Database("people.csv", "a\n");

        db.Fails("LOAD CSV FROM 'file:///absent.csv' AS row RETURN row").Message
            .Should().Contain("file:///absent.csv").And.Contain(Path.Combine(Import, "absent.csv"));
    }

    [Fact]
    public async Task A_malformed_record_is_reported_with_the_file_and_its_number()
    {
        await using var db = Database("bad.csv", "a,b\n1,2\n3,\"x\"y\n4,5\n");

        var error = db.Fails("LOAD CSV FROM 'file:///bad.csv' AS row RETURN row");

        error.Message.Should().Contain("file:///bad.csv:3");
    }

    [Fact]
    public async Task Records_are_read_as_the_rows_are_consumed_not_ahead()
    {
        // The malformed third record is never parsed: LIMIT stops the stream after the first.
        await using var db = Database("bad.csv", "a,b\n1,2\n3,\"x\"y\n");

        db.Scalar("LOAD CSV FROM 'file:///bad.csv' AS row WITH row LIMIT 1 RETURN row")
            .Should().BeEquivalentTo(new List<object?> { "a", "b" });
    }

    [Fact]
    public async Task An_unclosed_quote_is_reported_with_the_file()
    {
        await using var db = Database("open.csv", "a,b\n1,\"never closed\n2,3\n");

        db.Fails("LOAD CSV FROM 'file:///open.csv' AS row RETURN row").Message.Should().Contain("file:///open.csv:2");
    }

    [Fact]
    public async Task In_transactions_commits_each_batch_of_records()
    {
        await using var db = Database("people.csv", "id,divisor\n1,1\n2,1\n3,0\n4,1\n");

        var error = db.Fails(
            "LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row " +
            "CALL (row) { CREATE (:Person {id: toInteger(row.id), v: 1 / toInteger(row.divisor)}) } IN TRANSACTIONS OF 2 ROWS");

        error.Kind.Should().Be(CypherErrorKind.ArithmeticError);
        db.Column("MATCH (p:Person) RETURN p.id ORDER BY p.id").Should().Equal(1L, 2L);
    }

    [Fact]
    public async Task In_transactions_loads_every_record()
    {
        await using var db = Database("people.csv", "id\n" + string.Join("\n", Enumerable.Range(1, 25)) + "\n");

        db.Run("LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row CALL (row) { CREATE (:Person {id: toInteger(row.id)}) } IN TRANSACTIONS OF 10 ROWS");

        db.Scalar("MATCH (p:Person) RETURN count(p)").Should().Be(25L);
        db.Scalar("MATCH (p:Person) RETURN sum(p.id)").Should().Be(325L);
    }

    [Fact]
    public async Task A_query_may_not_end_with_load_csv_nor_rebind_a_variable()
    {
        await using var db = Database("people.csv", "a\n");

        db.Fails("LOAD CSV FROM 'file:///people.csv' AS row").Message.Should().Contain("Query cannot conclude with LOAD CSV");
        db.Fails("WITH 1 AS row LOAD CSV FROM 'file:///people.csv' AS row RETURN row").Message.Should().Contain("row");
    }

    [Fact]
    public async Task A_terminator_of_more_than_one_character_is_a_syntax_error()
    {
        await using var db = Database("people.csv", "a\n");

        db.Fails("LOAD CSV FROM 'file:///people.csv' AS row FIELDTERMINATOR ';;' RETURN row").Message
            .Should().Contain("CSV field terminator can only be one character wide");
    }
}
