namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Settings of the derived agreement lifecycle (configuration section <c>Lifecycle</c>).
/// </summary>
/// <param name="DormantAfterYears">Years without cited activity after which an agreement is dormant (<see cref="AgreementDormancy"/>); at least 1.</param>
public sealed record LifecycleOptions(int DormantAfterYears = LifecycleOptions.DefaultDormantAfterYears)
{
    public const int DefaultDormantAfterYears = 3;

    public static LifecycleOptions Default { get; } = new();
}
