using GraphExplorer.Cypher.Storage;

namespace GraphExplorer.Cypher.Tests.Storage;

public sealed class RelationshipIdSetTests
{
    [Fact]
    public void Ids_are_added_once_found_and_removed()
    {
        var set = new RelationshipIdSet();

        set.Add(3).Should().BeTrue();
        set.Add(3).Should().BeFalse("a relationship is used at most once");
        set.Add(64).Should().BeTrue("the next word");
        set.Add(10_000_000).Should().BeTrue("the set grows to the id");

        set.Contains(3).Should().BeTrue();
        set.Contains(4).Should().BeFalse();
        set.Contains(63).Should().BeFalse();
        set.Contains(20_000_000).Should().BeFalse("beyond what was added");
        set.Count.Should().Be(3);

        set.Remove(3).Should().BeTrue();
        set.Remove(3).Should().BeFalse();
        set.Contains(3).Should().BeFalse();
        set.Count.Should().Be(2);
    }

    [Fact]
    public void Clear_empties_the_set_for_the_next_match()
    {
        var set = new RelationshipIdSet();
        set.Add(1);
        set.Add(700);
        set.Remove(700);
        set.Add(5_000);

        set.Clear();

        set.Count.Should().Be(0);
        set.Contains(1).Should().BeFalse();
        set.Contains(5_000).Should().BeFalse();
        set.Add(1).Should().BeTrue();
    }

    [Fact]
    public void A_negative_id_is_refused()
    {
        var set = new RelationshipIdSet();
        var act = () => set.Add(-1);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
