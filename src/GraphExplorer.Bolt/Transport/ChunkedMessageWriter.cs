using System.Buffers;
using System.Buffers.Binary;

namespace GraphExplorer.Bolt.Transport;

/// <summary>
/// Splits messages into chunks of at most 65,535 bytes, each preceded by its two-byte big-endian size, and ends each
/// message with a zero-size chunk. Messages gather in a buffer until <see cref="FlushAsync"/>, so a pipelined batch of
/// answers leaves in one write.
/// </summary>
/// <remarks>Not thread-safe: one writer per connection.</remarks>
internal sealed class ChunkedMessageWriter(Stream stream, int maxChunkBytes = ushort.MaxValue)
{
    private readonly ArrayBufferWriter<byte> pending = new(4096);

    public void WriteMessage(ReadOnlySpan<byte> message)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkBytes);
            BinaryPrimitives.WriteUInt16BigEndian(pending.GetSpan(2), (ushort)size);
            pending.Advance(2);
            pending.Write(message[..size]);
            message = message[size..];
        }

        pending.Write<byte>([0, 0]);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.WrittenCount == 0)
        {
            return;
        }

        await stream.WriteAsync(pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        pending.ResetWrittenCount();
    }
}
