namespace GraphExplorer.Server.Access;

/// <summary>
/// The <c>Access</c> configuration section: who may read. With none of it set, reads are open (the zero-setup run on
/// loopback); <see cref="RequireSignIn"/> makes every read need an authenticated user: a signed-in user of the
/// organisation's identity provider (OpenID Connect for the web client, JWT bearer tokens for API clients) or a steward
/// key.
/// </summary>
public sealed class AccessSettings
{
    public const string Section = "Access";

    public bool RequireSignIn { get; set; }

    /// <summary>The claim that carries a user's roles in the provider's tokens (Entra ID and Keycloak: <c>roles</c>).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim that names the user (in the audit trail of a steward's changes).</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>The role that makes a signed-in user a steward, who may change data as a steward key may.</summary>
    public string StewardRole { get; set; } = "steward";

    /// <summary>JWT bearer tokens for API clients; off unless <see cref="JwtSettings.Authority"/> is set.</summary>
    public JwtSettings Jwt { get; set; } = new();

    /// <summary>OpenID Connect sign-in for the web client; off unless <see cref="OidcSettings.Authority"/> is set.</summary>
    public OidcSettings Oidc { get; set; } = new();

    public sealed class JwtSettings
    {
        /// <summary>The issuer whose discovery document (<c>/.well-known/openid-configuration</c>) gives its signing keys.</summary>
        public string? Authority { get; set; }

        /// <summary>The audience a token must be issued for (the API's client id or application id URI).</summary>
        public string? Audience { get; set; }

        /// <summary>Refuse an http (not https) authority; only a provider on the same machine should be reached over http.</summary>
        public bool RequireHttpsMetadata { get; set; } = true;
    }

    public sealed class OidcSettings
    {
        public string? Authority { get; set; }

        public string? ClientId { get; set; }

        /// <summary>Give it through the environment (<c>Access__Oidc__ClientSecret</c>) or user secrets; never logged.</summary>
        public string? ClientSecret { get; set; }

        public bool RequireHttpsMetadata { get; set; } = true;
    }

    public bool JwtEnabled => !string.IsNullOrWhiteSpace(Jwt.Authority);

    public bool OidcEnabled => !string.IsNullOrWhiteSpace(Oidc.Authority);
}
