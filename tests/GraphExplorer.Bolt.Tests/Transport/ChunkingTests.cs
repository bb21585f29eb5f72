using GraphExplorer.Bolt.Transport;

namespace GraphExplorer.Bolt.Tests.Transport;

/// <summary>Bolt's message framing: chunks of at most 65,535 bytes, a zero chunk ending each message, NOOPs between messages.</summary>
public sealed class ChunkingTests
{
    [Fact]
    public async Task A_small_message_is_one_chunk_and_an_end_marker()
    {
        var stream = new MemoryStream();
        var writer = new ChunkedMessageWriter(stream);
        writer.WriteMessage([0xB0, 0x0F]);
        await writer.FlushAsync(CancellationToken.None);
        Convert.ToHexString(stream.ToArray()).Should().Be("0002B00F0000");
    }

    [Fact]
    public async Task A_large_message_is_split_and_read_back_whole()
    {
        var message = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        var stream = new MemoryStream();
        var writer = new ChunkedMessageWriter(stream);
        writer.WriteMessage(message);
        await writer.FlushAsync(CancellationToken.None);

        var bytes = stream.ToArray();
        bytes.Length.Should().Be(70_000 + 2 + 2 + 2);
        Convert.ToHexString(bytes, 0, 2).Should().Be("FFFF");
        Convert.ToHexString(bytes, 2 + 65_535, 2).Should().Be((70_000 - 65_535).ToString("X4"));

        stream.Position = 0;
        var read = await new ChunkedMessageReader(stream, 1 << 20).ReadMessageAsync(CancellationToken.None);
        read!.Value.ToArray().Should().Equal(message);
    }

    [Fact]
    public async Task Messages_arriving_in_small_pieces_and_noops_between_them_are_read_whole()
    {
        // NOOP, a message of two chunks "AB" + "C", NOOP, a message "D".
        var bytes = Convert.FromHexString("0000" + "0002AABB" + "0001CC" + "0000" + "0000" + "0001DD0000");
        var reader = new ChunkedMessageReader(new TrickleStream(bytes), 1024);
        (await reader.ReadMessageAsync(CancellationToken.None))!.Value.ToArray().Should().Equal(0xAA, 0xBB, 0xCC);
        (await reader.ReadMessageAsync(CancellationToken.None))!.Value.ToArray().Should().Equal(0xDD);
        (await reader.ReadMessageAsync(CancellationToken.None)).Should().BeNull("the peer closed between messages");
    }

    [Fact]
    public async Task A_message_over_the_limit_is_refused_before_it_is_read()
    {
        var bytes = Convert.FromHexString("0010" + new string('0', 32) + "0000");
        var act = () => new ChunkedMessageReader(new MemoryStream(bytes), 8).ReadMessageAsync(CancellationToken.None);
        (await act.Should().ThrowAsync<BoltMessageTooLargeException>()).Which.Limit.Should().Be(8);
    }

    [Fact]
    public async Task A_connection_closed_inside_a_message_is_an_error()
    {
        var act = () => new ChunkedMessageReader(new MemoryStream(Convert.FromHexString("0004AABB")), 1024).ReadMessageAsync(CancellationToken.None);
        await act.Should().ThrowAsync<EndOfStreamException>();
    }

    /// <summary>Hands out one byte per read, as a slow network may.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
