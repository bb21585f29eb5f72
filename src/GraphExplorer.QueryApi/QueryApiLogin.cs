namespace GraphExplorer.QueryApi;

/// <summary>The outcome of a request's credentials: who, and whether they may write; or why not (and, when the address is
/// throttled, for how long).</summary>
public sealed record QueryApiLogin(string? User, bool MayWrite, string? Refusal = null, TimeSpan? RetryAfter = null)
{
    public static QueryApiLogin Granted(string user, bool mayWrite) => new(user, mayWrite);

    public static QueryApiLogin Refused(string why) => new(null, false, why);

    public static QueryApiLogin Throttled(TimeSpan retryAfter) => new(null, false, "too many failed attempts", retryAfter);
}
