namespace GraphExplorer.Database;

/// <summary>
/// A GQL-status object as Neo4j 5.26+ reports an error (https://neo4j.com/docs/status-codes/current/errors/#gqlstatus-error-object):
/// a five-character GQLSTATUS <see cref="Code"/> (class and subclass, e.g. 42001), its status description
/// ("error: condition - subcondition. Additional text") and, optionally, a more specific status as its
/// <see cref="Cause"/> (e.g. 42001 invalid syntax caused by 42I06 invalid input). The codes and their descriptions are
/// Neo4j's, kept in <see cref="GqlConditions"/>.
/// </summary>
/// <param name="Code">The GQLSTATUS code, e.g. "22012".</param>
/// <param name="Description">The status description, e.g. "error: data exception - division by zero".</param>
/// <param name="Cause">The more specific status this one was caused by, or null.</param>
public sealed record GqlStatus(string Code, string Description, GqlStatus? Cause = null)
{
    /// <summary>This status and then its causes, outermost first.</summary>
    public IEnumerable<GqlStatus> Chain()
    {
        for (var status = this; status is not null; status = status.Cause)
        {
            yield return status;
        }
    }

    /// <summary>Whether this status or any of its causes has <paramref name="code"/>.</summary>
    public bool Includes(string code) => Chain().Any(status => string.Equals(status.Code, code, StringComparison.Ordinal));

    public override string ToString() => string.Join(" caused by ", Chain().Select(status => status.Code));
}
