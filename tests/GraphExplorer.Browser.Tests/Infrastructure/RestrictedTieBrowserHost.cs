namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// The sign-in server (<see cref="SignInBrowserHost"/>) with the visibility levels <c>public, internal, restricted</c>
/// and two more users: <see cref="DeskOfficer"/>, whose role sees up to <c>internal</c>, and <see cref="Negotiator"/>,
/// whose role sees up to <c>restricted</c>.
/// </summary>
public sealed class RestrictedTieBrowserHost : SignInBrowserHost
{
    public const string DeskOfficer = "ines.internal";
    public const string Negotiator = "nora.negotiator";
    public const string DeskOfficerPassword = "desk-officer-password-1";
    public const string NegotiatorPassword = "negotiator-password-1";

    protected override Dictionary<string, (string Password, string[] Roles)> Users()
    {
        var users = base.Users();
        users[DeskOfficer] = (DeskOfficerPassword, ["reader", "desk-officer"]);
        users[Negotiator] = (NegotiatorPassword, ["reader", "negotiator"]);
        return users;
    }

    protected override IReadOnlyDictionary<string, string> MoreSettings() => new Dictionary<string, string>
    {
        ["Access__Visibility__Levels"] = "public, internal, restricted",
        ["Access__Visibility__Roles__desk-officer"] = "internal",
        ["Access__Visibility__Roles__negotiator"] = "restricted",
    };
}

[CollectionDefinition(Name)]
public sealed class RestrictedTieBrowserCollection : ICollectionFixture<RestrictedTieBrowserHost>
{
    public const string Name = "browser with sign-in and restricted ties";
}
