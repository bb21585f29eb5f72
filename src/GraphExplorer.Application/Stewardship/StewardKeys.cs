using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Application.Stewardship;

/// <summary>One configured steward key (configuration <c>Stewards:Keys: [{Name, Hash, Salt}]</c>): never the key itself,
/// only <see cref="StewardKeyHasher"/>'s hash of it with its own random salt, both base64.</summary>
public sealed class StewardKeyEntry
{
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Salt { get; set; } = "";
}

/// <summary>The <c>Stewards</c> configuration section.</summary>
public sealed class StewardSettings
{
    public const string Section = "Stewards";

    public List<StewardKeyEntry> Keys { get; set; } = [];
}

/// <summary>
/// Hashes steward keys: SHA-256 over the salt bytes followed by the UTF-8 key. Keys are long random secrets (see
/// <see cref="NewKey"/>), so a fast salted hash suffices; a slow KDF is for guessable passwords.
/// </summary>
public static class StewardKeyHasher
{
    public const int MinimumKeyLength = 24;

    public static byte[] Hash(string key, byte[] salt)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var buffer = new byte[salt.Length + keyBytes.Length];
        salt.CopyTo(buffer, 0);
        keyBytes.CopyTo(buffer, salt.Length);
        return SHA256.HashData(buffer);
    }

    /// <summary>A configuration entry for a key, with a fresh 16-byte salt.</summary>
    public static StewardKeyEntry CreateEntry(string name, string key)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"A steward key needs at least {MinimumKeyLength} characters.", nameof(key));
        }

        var salt = RandomNumberGenerator.GetBytes(16);
        return new StewardKeyEntry { Name = name, Salt = Convert.ToBase64String(salt), Hash = Convert.ToBase64String(Hash(key, salt)) };
    }

    /// <summary>A new random key (32 bytes, base64url).</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// Checks a presented steward key against the configured hashes and says whose it is. The comparison takes the same
/// time whichever entry matches and however much of a hash matches: every entry is hashed and compared with
/// <see cref="CryptographicOperations.FixedTimeEquals"/>, and the loop never stops early. Thread-safe (immutable).
/// </summary>
public sealed class StewardKeyVerifier
{
    private readonly IReadOnlyList<(string Name, byte[] Hash, byte[] Salt)> entries;

    /// <exception cref="ArgumentException">An entry has no name or a hash or salt that is not base64 of the right size.</exception>
    public StewardKeyVerifier(IEnumerable<StewardKeyEntry> configured)
    {
        var list = new List<(string, byte[], byte[])>();
        var index = 0;
        foreach (var entry in configured)
        {
            var path = $"{StewardSettings.Section}:Keys:{index++}";
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new ArgumentException($"{path}: a steward key needs a Name.");
            }

            try
            {
                var hash = Convert.FromBase64String(entry.Hash);
                var salt = Convert.FromBase64String(entry.Salt);
                if (hash.Length != SHA256.HashSizeInBytes || salt.Length < 8)
                {
                    throw new FormatException();
                }

                list.Add((entry.Name, hash, salt));
            }
            catch (FormatException)
            {
                throw new ArgumentException($"{path} ({entry.Name}): Hash must be base64 of a SHA-256 hash and Salt base64 of at least 8 bytes.");
            }
        }

        entries = list;
    }

    /// <summary>The name of the steward whose key this is, or null.</summary>
    public string? Verify(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey))
        {
            return null;
        }

        string? match = null;
        foreach (var (name, hash, salt) in entries)
        {
            var equal = CryptographicOperations.FixedTimeEquals(StewardKeyHasher.Hash(presentedKey, salt), hash);
            match = equal ? name : match;
        }

        return match;
    }
}
