using GraphExplorer.Cypher.Storage;

namespace GraphExplorer.Cypher.Tests.Storage;

public sealed class OwnedRecordsTests
{
    [Fact]
    public void Stores_records_across_chunks_and_enumerates_them_in_id_order()
    {
        var records = new OwnedRecords<string>();
        long[] ids = [70_000, 3, 255, 256, 0, 1_000_000_007];
        foreach (var id in ids)
        {
            records[id] = $"r{id}";
        }

        records[3] = "r3 again";
        records.Count.Should().Be(ids.Length, "replacing a record does not add one");
        records.Entries().Select(e => e.Key).Should().Equal(ids.Order());
        records.Values.Should().Contain("r3 again").And.NotContain("r3");
        records.TryGetValue(256, out var found).Should().BeTrue();
        found.Should().Be("r256");
        records.TryGetValue(257, out _).Should().BeFalse();
        records.TryGetValue(-1, out _).Should().BeFalse();
        records.TryGetValue(5_000_000, out _).Should().BeFalse();
        FluentActions.Invoking(() => records[12]).Should().Throw<KeyNotFoundException>();
    }
}
