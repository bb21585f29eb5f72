namespace GraphExplorer.Application.Api;

/// <summary>
/// A user the transport has authenticated through the organisation's identity provider: the name the audit trail
/// records, and whether the provider gives the user the steward role (then the user may do what a steward key may).
/// </summary>
public sealed record SignedInUser(string Name, bool IsSteward);
