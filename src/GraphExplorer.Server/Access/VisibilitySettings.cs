namespace GraphExplorer.Server.Access;

/// <summary>
/// The <c>Access:Visibility</c> configuration section: the visibility levels items may carry and who sees which. With
/// none of it set there is one level (<c>public</c>) and every reader sees everything, as in the zero-setup run.
/// </summary>
/// <example>
/// <code>
/// "Access": { "Visibility": {
///   "Levels": "public, internal, restricted",
///   "Roles": { "desk-officer": "internal", "negotiator": "restricted" } } }
/// </code>
/// Anonymous readers and signed-in users without a mapped role see the lowest level; stewards see everything.
/// </example>
public sealed class VisibilitySettings
{
    public const string Section = "Access:Visibility";

    /// <summary>The levels, lowest first, separated by commas (an item without a level is at the lowest).</summary>
    public string Levels { get; set; } = "public";

    /// <summary>Role (in <see cref="AccessSettings.RoleClaim"/>) → the highest level its holders see.</summary>
    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The highest level an anonymous reader sees (default: the lowest level).</summary>
    public string? Anonymous { get; set; }

    /// <summary>The highest level any signed-in user sees, whatever their roles (default: the lowest level).</summary>
    public string? SignedIn { get; set; }
}
