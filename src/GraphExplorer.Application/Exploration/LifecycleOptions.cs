namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Settings of the derived agreement lifecycle (configuration section <c>Lifecycle</c>).
/// </summary>
/// <param name="DormantAfterYears">Years without cited activity after which an agreement is dormant (<see cref="AgreementDormancy"/>); at least 1.</param>
/// <param name="ExpiringWithinMonths">Months ahead in which an expiry or renewal date makes an agreement expiring or due for renewal (<see cref="AgreementTerm"/>); at least 1.</param>
public sealed record LifecycleOptions(
    int DormantAfterYears = LifecycleOptions.DefaultDormantAfterYears,
    int ExpiringWithinMonths = LifecycleOptions.DefaultExpiringWithinMonths)
{
    public const int DefaultDormantAfterYears = 3;

    public const int DefaultExpiringWithinMonths = 6;

    public static LifecycleOptions Default { get; } = new();
}
