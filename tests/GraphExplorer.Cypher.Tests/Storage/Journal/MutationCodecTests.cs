using System.Collections.Immutable;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

public sealed class MutationCodecTests
{
    public static TheoryData<int> MutationIndexes() => new(Enumerable.Range(0, SampleMutations.EveryMutation().Count));

    [Theory]
    [MemberData(nameof(MutationIndexes))]
    public void Every_mutation_round_trips_exactly(int index)
    {
        var mutation = SampleMutations.EveryMutation()[index];
        var writer = new PayloadWriter();
        MutationCodec.Write(writer, mutation);
        var reader = new PayloadReader(writer.WrittenSpan);

        var decoded = MutationCodec.Read(ref reader);

        reader.AtEnd.Should().BeTrue();
        decoded.Should().BeOfType(mutation.GetType());
        MutationText.Of(decoded).Should().Be(MutationText.Of(mutation));
    }

    [Fact]
    public void Every_mutation_type_is_covered_by_the_samples()
    {
        var mutationTypes = typeof(GraphMutation).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(GraphMutation)) && !t.IsAbstract);

        SampleMutations.EveryMutation().Select(m => m.GetType()).Distinct().Should().BeEquivalentTo(mutationTypes);
    }

    [Fact]
    public void Property_values_of_every_type_round_trip_inside_mutations()
    {
        var values = SampleMutations.Values().Select(row => row[1]).ToList();
        var transaction = values.Select((value, i) => (GraphMutation)new SetNodeProperty(i, "p" + i, value)).ToList();
        transaction.Add(new CreateNode(1, ["L"], values.Where(v => v is not null)
            .Select((v, i) => (Key: "k" + i, Value: v!)).ToImmutableDictionary(p => p.Key, p => p.Value)));

        var decoded = RoundTrip(transaction);

        MutationText.Of(decoded).Should().Equal(MutationText.Of(transaction));
    }

    [Fact]
    public void A_transaction_keeps_its_order_and_count()
    {
        var transaction = SampleMutations.EveryMutation();

        MutationText.Of(RoundTrip(transaction)).Should().Equal(MutationText.Of(transaction));
        RoundTrip([]).Should().BeEmpty();
    }

    [Fact]
    public void Trailing_bytes_after_a_transaction_are_an_error()
    {
        var writer = new PayloadWriter();
        MutationCodec.WriteTransaction(writer, [new DeleteNode(1)]);
        writer.WriteByte(0);

        var act = () => MutationCodec.ReadTransaction(writer.WrittenSpan);

        act.Should().Throw<PayloadFormatException>().WithMessage("*1 unexpected bytes after the transaction*");
    }

    [Fact]
    public void An_unknown_mutation_tag_is_an_error()
    {
        var act = () => MutationCodec.ReadTransaction([1, 200]);

        act.Should().Throw<PayloadFormatException>().Which.Offset.Should().Be(1);
    }

    [Fact]
    public void A_duplicate_property_key_is_an_error()
    {
        var writer = new PayloadWriter();
        writer.WriteCount(1);
        writer.WriteByte(1); // CreateNode
        writer.WriteVarInt64(5);
        writer.WriteCount(0); // labels
        writer.WriteCount(2); // properties
        writer.WriteString("k");
        PropertyValueCodec.Write(writer, 1L);
        writer.WriteString("k");
        PropertyValueCodec.Write(writer, 2L);

        var act = () => MutationCodec.ReadTransaction(writer.WrittenSpan);

        act.Should().Throw<PayloadFormatException>().WithMessage("*'k' appears twice*");
    }

    [Fact]
    public void Uninitialised_arrays_and_null_strings_are_refused()
    {
        var defaultLabels = () => MutationCodec.Write(new PayloadWriter(), new CreateNode(1, default, ImmutableDictionary<string, object>.Empty));
        var nullKey = () => MutationCodec.Write(new PayloadWriter(), new SetNodeProperty(1, null!, 1L));

        defaultLabels.Should().Throw<ArgumentException>().WithMessage("CreateNode.Labels*");
        nullKey.Should().Throw<ArgumentException>().WithMessage("SetNodeProperty.Key is null*");
    }

    private static List<GraphMutation> RoundTrip(IReadOnlyList<GraphMutation> transaction)
    {
        var writer = new PayloadWriter();
        MutationCodec.WriteTransaction(writer, transaction);
        return MutationCodec.ReadTransaction(writer.WrittenSpan);
    }
}
