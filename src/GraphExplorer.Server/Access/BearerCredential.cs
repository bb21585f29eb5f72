namespace GraphExplorer.Server.Access;

/// <summary>
/// What an <c>Authorization: Bearer …</c> header carries: a JWT of the identity provider (three base64url parts joined
/// by dots) or a steward key (base64url without dots, see <c>StewardKeyHasher.NewKey</c>). One header, two kinds of
/// credential, told apart here and nowhere else.
/// </summary>
internal static class BearerCredential
{
    private const string Prefix = "Bearer ";

    /// <summary>The bearer credential of the request, or null when it presents none.</summary>
    public static string? Of(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { Length: > 7 } header && header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            ? header[Prefix.Length..].Trim()
            : null;

    public static bool IsJwt(string credential) => credential.Count(c => c == '.') == 2;

    /// <summary>The steward key the request presents, or null when it presents none or a JWT.</summary>
    public static string? StewardKey(HttpRequest request) => Of(request) is { } credential && !IsJwt(credential) ? credential : null;

    /// <summary>Whether the request presents a JWT (to be validated by the JWT bearer handler).</summary>
    public static bool PresentsJwt(HttpRequest request) => Of(request) is { } credential && IsJwt(credential);
}
