using GraphExplorer.Application.Stewardship;

namespace GraphExplorer.Server.Bolt;

/// <summary>The <c>Bolt</c> configuration section: the Bolt server for Neo4j's drivers and tools (off by default).</summary>
public sealed class BoltSettings
{
    public const string Section = "Bolt";

    public bool Enabled { get; set; }

    /// <summary>The address to listen on: loopback unless given ("0.0.0.0" or "::" for every interface).</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; set; } = 7687;

    /// <summary>Whether a client without credentials (auth scheme "none") may read.</summary>
    public bool AllowAnonymousReads { get; set; }

    /// <summary>Read-only logins: entries <c>{ Name, Hash, Salt }</c> made by <c>steward-key NAME</c>; the user is the
    /// entry's name and the password its key. Writing needs the user <c>steward</c> with a steward key (<c>Stewards:Keys</c>).</summary>
    public List<StewardKeyEntry> Readers { get; set; } = [];

    /// <summary>A certificate for TLS, which every connection must then use: a PKCS#12 file (.pfx/.p12, with
    /// <see cref="CertificatePassword"/>) or a PEM certificate with its key in <see cref="CertificateKeyPath"/>.
    /// Relative paths are taken from the repository root.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificateKeyPath { get; set; }

    /// <summary>The PKCS#12 file's password: give it through the environment (<c>Bolt__CertificatePassword</c>); never logged.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Longest a client may leave an open transaction without a message before it is rolled back and the
    /// connection closed.</summary>
    public double TransactionIdleTimeoutSeconds { get; set; } = 60;

    public int MaxConnections { get; set; } = 100;

    public int MaxMessageBytes { get; set; } = 1 << 20;
}
