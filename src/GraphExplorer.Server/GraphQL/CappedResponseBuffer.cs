using System.Buffers;
using GraphExplorer.GraphQL;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Holds a response while it is written, refusing (with <see cref="ResponseTooLargeException"/>) to grow past
/// <c>maxBytes</c>, so a response over <c>GraphQL:MaxResponseBytes</c> is never sent in part: nothing reaches the client
/// until the whole response fits. Memory: the written bytes (at most <c>maxBytes</c>), up to twice that while the
/// buffer grows, plus the writer's room for the longest string.
/// Not thread-safe: one per response.
/// </summary>
internal sealed class CappedResponseBuffer(int maxBytes) : IBufferWriter<byte>
{
    private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);

    public ReadOnlyMemory<byte> Written => buffer.WrittenMemory;

    /// <summary>The result as JSON, or, when it would pass <paramref name="maxBytes"/>, a RESPONSE_TOO_LARGE error
    /// instead (never part of it; <paramref name="tooLarge"/> says which).</summary>
    public static ReadOnlyMemory<byte> Serialize(ExecutionResult result, int maxBytes, out bool tooLarge)
    {
        var capped = new CappedResponseBuffer(maxBytes);
        try
        {
            ResponseWriter.Write(capped, result);
            tooLarge = false;
            return capped.Written;
        }
        catch (ResponseTooLargeException)
        {
            var refusal = ExecutionResult.RequestError(new GraphQLError(
                $"The response would be larger than {maxBytes} bytes (GraphQL:MaxResponseBytes), so none of it was sent. " +
                "Ask for fewer items (first, limit) or fewer fields, or split the request.",
                extensions: new Dictionary<string, object?> { ["code"] = ResponseTooLargeCode, ["maxResponseBytes"] = maxBytes }));
            var whole = new CappedResponseBuffer(int.MaxValue);
            ResponseWriter.Write(whole, refusal);
            tooLarge = true;
            return whole.Written;
        }
    }

    public const string ResponseTooLargeCode = "RESPONSE_TOO_LARGE";

    public void Advance(int count)
    {
        Require(count);
        buffer.Advance(count);
    }

    // Only written bytes count: a size hint is the writer's worst case (six bytes per character of a string).
    public Memory<byte> GetMemory(int sizeHint = 0) => buffer.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => buffer.GetSpan(sizeHint);

    private void Require(int more)
    {
        if ((long)buffer.WrittenCount + more > maxBytes)
        {
            throw new ResponseTooLargeException(maxBytes);
        }
    }
}

/// <summary>A response would be larger than <c>GraphQL:MaxResponseBytes</c>.</summary>
internal sealed class ResponseTooLargeException(int maxBytes)
    : Exception($"The response would be larger than {maxBytes} bytes.")
{
    public int MaxBytes { get; } = maxBytes;
}
