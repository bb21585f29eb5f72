using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// A steward key as <c>steward-key</c> makes them (base64url, no dots) and its entry as the server reads it: SHA-256 over
/// the salt then the key (StewardKeyHasher), so a test states the configuration a steward would write. Random per fixture.
/// </summary>
public sealed class TestStewardKey(string name)
{
    private readonly byte[] salt = RandomNumberGenerator.GetBytes(16);

    public string Name { get; } = name;

    /// <summary>The key itself, as the steward pastes it or sends it as a bearer token.</summary>
    public string Key { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The server's settings for it, as the first of <c>Stewards:Keys</c> (environment variables).</summary>
    public IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Stewards__Keys__0__Name"] = Name,
        ["Stewards__Keys__0__Salt"] = Convert.ToBase64String(salt),
        ["Stewards__Keys__0__Hash"] = Convert.ToBase64String(SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(Key)])),
    };
}
