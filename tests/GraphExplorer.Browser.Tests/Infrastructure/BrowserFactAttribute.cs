namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>A test that drives the real browser against the real server: skipped, with the reason, when either is unavailable.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
