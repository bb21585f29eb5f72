using System.Buffers.Binary;

namespace GraphExplorer.Bolt.Transport;

/// <summary>
/// The Bolt handshake (https://neo4j.com/docs/bolt/current/bolt/handshake/): the client sends the magic preamble
/// 60 60 B0 17 and four proposals of four bytes each — reserved, range, minor, major, a proposal covering
/// major.minor down to major.(minor − range) — and the server answers the version it chose, or four zero bytes when it
/// speaks none of them and then closes. The manifest handshake of 5.7+ (a proposal of 255.1) is not offered: clients
/// that propose it fall back to their other proposals, as they do with any server older than 5.7.
/// </summary>
internal static class BoltHandshake
{
    public const int RequestLength = 20;

    /// <summary>The versions this server speaks, newest first: 5.0 to 5.4.</summary>
    public static IReadOnlyList<BoltVersion> Supported { get; } =
        [new(5, 4), new(5, 3), new(5, 2), new(5, 1), new(5, 0)];

    private static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>
    /// The version to speak: in the client's order of preference, the newest supported version inside the first
    /// proposal that holds one; null when none does.
    /// </summary>
    /// <exception cref="BoltHandshakeException">The bytes do not start with the Bolt magic preamble.</exception>
    public static BoltVersion? Negotiate(ReadOnlySpan<byte> request)
    {
        if (request.Length != RequestLength || !request[..4].SequenceEqual(Magic))
        {
            throw new BoltHandshakeException(request.Length >= 4 && request[..4].SequenceEqual("GET "u8)
                ? "An HTTP request reached the Bolt port; Bolt clients connect with bolt:// or neo4j://."
                : $"The connection did not start with the Bolt preamble 60 60 B0 17 (got {Convert.ToHexString(request[..Math.Min(4, request.Length)])}).");
        }

        for (var offset = 4; offset < RequestLength; offset += 4)
        {
            var proposal = request.Slice(offset, 4);
            int range = proposal[1], minor = proposal[2], major = proposal[3];
            foreach (var version in Supported)
            {
                if (version.Major == major && version.Minor <= minor && version.Minor >= minor - range)
                {
                    return version;
                }
            }
        }

        return null;
    }

    /// <summary>The server's four-byte answer: 00 00 minor major, or 00 00 00 00 for no common version.</summary>
    public static byte[] Answer(BoltVersion? version)
    {
        var answer = new byte[4];
        if (version is { } chosen)
        {
            BinaryPrimitives.WriteInt32BigEndian(answer, (chosen.Minor << 8) | chosen.Major);
        }

        return answer;
    }
}
