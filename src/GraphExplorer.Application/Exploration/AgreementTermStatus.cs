namespace GraphExplorer.Application.Exploration;

/// <summary>What an agreement's stated expiry or renewal date means today (<see cref="AgreementTerm"/>).</summary>
public enum AgreementTermStatus
{
    /// <summary>Its expiry date may fall within the window (or may already have passed, at the date's precision).</summary>
    Expiring,

    /// <summary>Its expiry date has certainly passed: every day it may stand for is before today.</summary>
    Expired,

    /// <summary>Its renewal date may fall within the window or has passed, and no renewal since it is stated.</summary>
    RenewalDue,
}
