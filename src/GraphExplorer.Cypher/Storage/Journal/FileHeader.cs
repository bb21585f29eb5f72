using System.Buffers.Binary;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>The 24-byte header at the start of a journal or snapshot file (layout in <see cref="JournalFormat"/>).</summary>
internal static class FileHeader
{
    public static byte[] Create(ReadOnlySpan<byte> magic, long sequence, byte formatVersion = JournalFormat.FileFormatVersion)
    {
        var header = new byte[JournalFormat.FileHeaderSize];
        magic.CopyTo(header);
        header[8] = formatVersion;
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(12), sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(20), Crc32C.Compute(header.AsSpan(0, 20)));
        return header;
    }

    /// <summary>Reads and checks the header of <paramref name="path"/>; returns its sequence number.</summary>
    /// <exception cref="GraphExplorer.Database.CypherException">StorageCorruption: short file, wrong magic, bad checksum or unknown version.</exception>
    public static long Read(Stream stream, string path, ReadOnlySpan<byte> magic) =>
        Read(stream, path, magic, JournalFormat.FileFormatVersion, out _);

    /// <summary>Reads and checks a header whose format version may be 1 to <paramref name="newestVersion"/>.</summary>
    public static long Read(Stream stream, string path, ReadOnlySpan<byte> magic, byte newestVersion, out byte version)
    {
        Span<byte> header = stackalloc byte[JournalFormat.FileHeaderSize];
        stream.Position = 0;
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read < header.Length)
        {
            throw StorageErrors.Corruption(StorageErrors.BadFileHeader, path, 0,
                $"the file has {read} bytes, fewer than its {header.Length}-byte header");
        }

        if (!header[..8].SequenceEqual(magic))
        {
            throw StorageErrors.Corruption(StorageErrors.BadFileHeader, path, 0,
                $"the file does not start with the magic \"{System.Text.Encoding.ASCII.GetString(magic)}\"");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(header[20..]) != Crc32C.Compute(header[..20]))
        {
            throw StorageErrors.Corruption(StorageErrors.ChecksumMismatch, path, 0, "the file header checksum does not match");
        }

        version = header[8];
        if (version < 1 || version > newestVersion)
        {
            throw StorageErrors.Corruption(StorageErrors.UnknownVersion, path, 8,
                $"unknown file format version {version} (this build reads "
                + (newestVersion == 1 ? "version 1" : $"versions 1 to {newestVersion}") + ")");
        }

        return BinaryPrimitives.ReadInt64LittleEndian(header[12..]);
    }
}
