using System.Buffers;
using System.Buffers.Binary;

namespace GraphExplorer.Bolt.Transport;

/// <summary>
/// Reads Bolt messages from a stream: each message is a sequence of chunks (a two-byte big-endian size and that many
/// bytes) ended by a zero-size chunk. Zero-size chunks between messages are NOOPs (keep-alives) and are skipped.
/// </summary>
/// <remarks>Not thread-safe: one reader per connection.</remarks>
internal sealed class ChunkedMessageReader(Stream stream, int maxMessageBytes)
{
    private readonly byte[] header = new byte[2];
    private readonly ArrayBufferWriter<byte> message = new(1024);

    /// <summary>The next whole message, or null when the peer closed the connection between messages.</summary>
    /// <exception cref="BoltMessageTooLargeException">The message grew past the limit; the rest of it was not read.</exception>
    /// <exception cref="EndOfStreamException">The peer closed the connection inside a message.</exception>
    public async Task<ReadOnlyMemory<byte>?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        message.ResetWrittenCount();
        while (true)
        {
            if (!await FillAsync(header, allowEnd: message.WrittenCount == 0, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var size = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (size == 0)
            {
                if (message.WrittenCount == 0)
                {
                    continue;
                }

                return message.WrittenMemory;
            }

            if (message.WrittenCount + size > maxMessageBytes)
            {
                throw new BoltMessageTooLargeException(maxMessageBytes);
            }

            var target = message.GetMemory(size)[..size];
            await FillAsync(target, allowEnd: false, cancellationToken).ConfigureAwait(false);
            message.Advance(size);
        }
    }

    private async Task<bool> FillAsync(Memory<byte> target, bool allowEnd, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < target.Length)
        {
            var read = await stream.ReadAsync(target[filled..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (allowEnd && filled == 0)
                {
                    return false;
                }

                throw new EndOfStreamException("The Bolt peer closed the connection in the middle of a message.");
            }

            filled += read;
        }

        return true;
    }
}
