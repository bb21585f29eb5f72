using GraphExplorer.Cypher.BulkImport;

namespace GraphExplorer.Cypher.Tests.Storage.BulkImport;

/// <summary>
/// Bad entries are reported with file, line and field, and the import then writes nothing, unless neo4j-admin's
/// <c>--skip-bad-relationships</c> / <c>--skip-duplicate-nodes</c> let it leave them out, up to <c>--bad-tolerance</c>.
/// </summary>
public sealed class BulkImporterProblemsTests : IDisposable
{
    private readonly BulkImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_duplicate_node_id_is_refused_with_its_place_and_nothing_is_written()
    {
        var problems = Refused(Options("id:ID,name\n1,a\n2,b\n1,c\n", ":START_ID,:END_ID\n1,2\n"));

        problems.Select(p => p.ToString()).Should().Equal($"{_folder.File("nodes.csv")}:4:1: node id '1' is used twice");
        Directory.Exists(_folder.Database).Should().BeFalse("the folder the import created is removed");
    }

    [Fact]
    public void Dangling_relationships_are_refused_each_with_its_place()
    {
        var problems = Refused(Options("id:ID\n1\n2\n", ":START_ID,:END_ID\n1,2\n1,9\n8,2\n,2\n"));

        problems.Select(p => p.ToString()).Should().Equal(
            $"{_folder.File("rels.csv")}:3:2: end node '9' does not exist",
            $"{_folder.File("rels.csv")}:4:1: start node '8' does not exist",
            $"{_folder.File("rels.csv")}:5:1: the relationship has no start node id");
    }

    [Fact]
    public void A_bad_record_after_several_batches_is_named_by_its_line()
    {
        // Records are parsed on a second thread in batches of 4,096: the line is the file's, not the batch's.
        var relationships = new System.Text.StringBuilder(":START_ID,:END_ID\n");
        for (var i = 0; i < 10_000; i++)
        {
            relationships.Append(i == 8_999 ? "1,9\n" : "1,2\n");
        }

        var problems = Refused(Options("id:ID\n1\n2\n", relationships.ToString()));

        problems.Select(p => p.ToString()).Should().Equal($"{_folder.File("rels.csv")}:9001:2: end node '9' does not exist");
    }

    [Fact]
    public void Reading_stops_at_the_hundredth_error_while_the_file_goes_on()
    {
        var relationships = new System.Text.StringBuilder(":START_ID,:END_ID\n");
        for (var i = 0; i < 50_000; i++)
        {
            relationships.Append("1,9\n");
        }

        var problems = Refused(Options("id:ID\n1\n", relationships.ToString()));

        problems.Should().HaveCount(BulkImporter.MaxReportedProblems);
        problems[^1].ToString().Should().Be($"{_folder.File("rels.csv")}:101:2: end node '9' does not exist");
    }

    [Fact]
    public async Task Skipping_bad_relationships_imports_the_rest_and_reports_the_skipped()
    {
        var report = BulkImporter.Run(_folder.Database, Options("id:ID\n1\n2\n", ":START_ID,:END_ID\n1,2\n1,9\n2,1\n") with { SkipBadRelationships = true });

        report.Relationships.Should().Be(2);
        report.Skipped.Select(p => p.ToString()).Should().Equal($"{_folder.File("rels.csv")}:3:2: end node '9' does not exist");
        await using var database = EmbeddedGraphDatabase.Open(_folder.Database);
        (await database.OpenSession().RunAsync("MATCH ()-[r:R]->() RETURN count(r) AS c")).Single().Get<long>("c").Should().Be(2);
    }

    [Fact]
    public void More_skipped_entries_than_the_bad_tolerance_refuse_the_import()
    {
        var refusal = Refusal(Options("id:ID\n1\n1\n1\n", ":START_ID,:END_ID\n") with { SkipDuplicateNodes = true, BadTolerance = 1 });

        refusal.Message.Should().Contain("More than 1 bad entries (--bad-tolerance)");
        refusal.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void A_bad_typed_value_is_refused_naming_file_line_field_and_property()
    {
        var problems = Refused(Options("id:ID,year:int,flags:boolean[]\n1,1999,true;false\n2,19x9,true\n3,2001,true;maybe\n", ":START_ID,:END_ID\n"));

        problems.Select(p => p.ToString()).Should().Equal(
            $"{_folder.File("nodes.csv")}:3:2: year: '19x9' is not an integer",
            $"{_folder.File("nodes.csv")}:4:3: flags: 'maybe' is not a boolean");
    }

    [Fact]
    public void A_header_entry_of_an_unknown_type_is_refused_before_any_row()
    {
        var problems = Refused(Options("id:ID,born:instant\n1,2001-01-01\n", ":START_ID,:END_ID\n"));

        problems.Should().ContainSingle().Which.ToString().Should().StartWith($"{_folder.File("nodes.csv")}:1:2: header entry 'born:instant': unknown or unsupported type 'instant'");
    }

    [Fact]
    public void Two_header_entries_storing_one_property_are_refused()
    {
        var problems = Refused(Options("name:ID,kind,name\n1,a,b\n", ":START_ID,:END_ID\n"));

        problems.Select(p => p.ToString()).Should().Equal($"{_folder.File("nodes.csv")}:1:3: header entry 'name': the property 'name' is named by an earlier entry too");
    }

    [Fact]
    public void A_bad_temporal_or_point_value_is_refused_naming_its_type()
    {
        var problems = Refused(Options(
            "id:ID,on:date,lasts:duration,where:point\n1,2024-13-01,,\n2,,P1X,\n3,,,\"{latitude:95, longitude:12}\"\n4,,,12.9\n",
            ":START_ID,:END_ID\n"));

        problems.Select(p => p.ToString()).Should().Equal(
            $"{_folder.File("nodes.csv")}:2:2: on: '2024-13-01' is not a date",
            $"{_folder.File("nodes.csv")}:3:3: lasts: 'P1X' is not a duration",
            $"{_folder.File("nodes.csv")}:4:4: where: '{{latitude:95, longitude:12}}' is not a point: Cannot create WGS84 point with invalid coordinate: [12.0, 95.0]. Valid range for Y coordinate is [-90, 90].",
            $"{_folder.File("nodes.csv")}:5:4: where: '12.9' is not a point: a point is written as a map, such as {{x:1, y:2}} or {{latitude:55.6, longitude:12.9}}");
    }

    [Fact]
    public void A_record_with_more_fields_than_the_header_is_refused()
    {
        var problems = Refused(Options("id:ID,name\n1,a,extra\n", ":START_ID,:END_ID\n"));

        problems.Select(p => p.ToString()).Should().Equal($"{_folder.File("nodes.csv")}:2:3: 3 fields where the header has 2");
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(_folder.Database);
        File.WriteAllText(Path.Combine(_folder.Database, "keep.txt"), "mine");

        var refusal = Refusal(Options("id:ID\n1\n", ":START_ID,:END_ID\n"));

        refusal.Message.Should().Contain("is not empty");
        Directory.EnumerateFileSystemEntries(_folder.Database).Select(Path.GetFileName).Should().Equal("keep.txt");
    }

    [Fact]
    public void A_refused_import_into_an_existing_empty_folder_leaves_it_empty()
    {
        Directory.CreateDirectory(_folder.Database);

        Refused(Options("id:ID\n1\n", ":START_ID,:END_ID\n1,2\n"));

        Directory.EnumerateFileSystemEntries(_folder.Database).Should().BeEmpty();
    }

    private BulkImportOptions Options(string nodes, string relationships) => new()
    {
        Nodes = [new ImportInput(["N"], [_folder.Write("nodes.csv", nodes)])],
        Relationships = [new ImportInput(["R"], [_folder.Write("rels.csv", relationships)])],
    };

    private IReadOnlyList<ImportProblem> Refused(BulkImportOptions options) => Refusal(options).Problems;

    private BulkImportRefusedException Refusal(BulkImportOptions options)
    {
        var run = () => BulkImporter.Run(_folder.Database, options);
        return run.Should().Throw<BulkImportRefusedException>().Which;
    }
}
