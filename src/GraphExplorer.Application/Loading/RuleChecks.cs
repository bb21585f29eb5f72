namespace GraphExplorer.Application.Loading;

/// <summary>
/// Whether <c>load</c> checks the data rules on each script before it commits (<see cref="ScriptViolations"/>). The
/// command line and the server's loading of cypher/ check and refuse; <c>--allow-violations</c> loads anyway, each
/// violation a warning. Off only for callers that load Cypher outside the model (the loader itself runs any Cypher).
/// </summary>
public enum RuleChecks
{
    /// <summary>Not checked (quotes still are: see <see cref="LoadOptions.AllowMisquotes"/>).</summary>
    Off,

    /// <summary>A script that breaks a rule is refused whole, every violation listed.</summary>
    Refuse,

    /// <summary>Loaded anyway, every violation reported as a warning.</summary>
    Warn,
}
