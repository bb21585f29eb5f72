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

    /// <summary>The file of keys <c>steward-key &lt;name&gt; --add</c> writes (relative paths from the repository root),
    /// read again whenever it changes, so a key added to it or removed from it counts from the next request.</summary>
    public string KeysFile { get; set; } = "data/stewards.json";
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
/// <see cref="CryptographicOperations.FixedTimeEquals"/>, and the loop never stops early. With a source of more keys
/// (the keys file), each verification first asks it for its entries when they changed, and uses them from then on: keys
/// are added and revoked without a restart. Thread-safe: the entries are swapped whole.
/// </summary>
public sealed class StewardKeyVerifier
{
    private readonly IReadOnlyList<(string Name, byte[] Hash, byte[] Salt)> configured;
    private readonly Func<IReadOnlyList<StewardKeyEntry>?>? changedEntries;
    private volatile IReadOnlyList<(string Name, byte[] Hash, byte[] Salt)> entries;

    /// <exception cref="ArgumentException">An entry has no name or a hash or salt that is not base64 of the right size.</exception>
    public StewardKeyVerifier(IEnumerable<StewardKeyEntry> configured)
        : this(configured, changedEntries: null)
    {
    }

    /// <param name="configured">The keys of the configuration (<c>Stewards:Keys</c>).</param>
    /// <param name="changedEntries">More keys: their entries when they changed since the last call (valid ones:
    /// <see cref="Parse"/> accepts them), null when they did not. Called once per verification, so it must be cheap.</param>
    /// <exception cref="ArgumentException">A configured entry has no name or a hash or salt that is not base64 of the right size.</exception>
    public StewardKeyVerifier(IEnumerable<StewardKeyEntry> configured, Func<IReadOnlyList<StewardKeyEntry>?>? changedEntries)
    {
        this.configured = Parse(configured, $"{StewardSettings.Section}:Keys");
        this.changedEntries = changedEntries;
        entries = [.. this.configured, .. Parse(changedEntries?.Invoke() ?? [], $"{StewardSettings.Section}:KeysFile")];
    }

    /// <summary>Checks entries as the verifier reads them.</summary>
    /// <param name="where">What they are, for the error (<c>Stewards:Keys</c>).</param>
    /// <exception cref="ArgumentException">An entry has no name or a hash or salt that is not base64 of the right size.</exception>
    public static IReadOnlyList<(string Name, byte[] Hash, byte[] Salt)> Parse(IEnumerable<StewardKeyEntry> given, string where)
    {
        var list = new List<(string, byte[], byte[])>();
        var index = 0;
        foreach (var entry in given)
        {
            var path = $"{where}:{index++}";
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

        return list;
    }

    /// <summary>The name of the steward whose key this is, or null.</summary>
    public string? Verify(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey))
        {
            return null;
        }

        if (changedEntries?.Invoke() is { } changed)
        {
            entries = [.. configured, .. Parse(changed, $"{StewardSettings.Section}:KeysFile")];
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
