namespace GraphExplorer.Cypher.Tck.Model;

/// <summary>
/// A step of a TCK scenario, bound from its Gherkin text (see the TCK README, "Format of a TCK scenario").
/// Values and tables are kept as the TCK wrote them; they are parsed when the scenario runs, so a malformed
/// literal fails its own scenario rather than the loading of the suite.
/// </summary>
/// <param name="Line">The step's line in the feature file.</param>
public abstract record TckStep(int Line);

/// <summary>What the graph holds before the scenario's queries run.</summary>
public enum InitialGraph
{
    /// <summary><c>Given an empty graph</c>.</summary>
    Empty,

    /// <summary><c>Given any graph</c>: the scenario does not depend on the graph; an empty one is used.</summary>
    Any,

    /// <summary><c>Given the &lt;name&gt; graph</c>: one of the TCK's named graphs.</summary>
    Named,
}

/// <summary><c>Given an empty graph</c>, <c>Given any graph</c> or <c>Given the &lt;name&gt; graph</c>.</summary>
public sealed record GivenGraphStep(int Line, InitialGraph Graph, string? GraphName = null) : TckStep(Line);

/// <summary><c>And having executed:</c> a setup query whose result and side effects are not checked.</summary>
public sealed record HavingExecutedStep(int Line, string Query) : TckStep(Line);

/// <summary><c>And parameters are:</c> a two-column table of parameter name and value literal.</summary>
public sealed record ParametersStep(int Line, IReadOnlyList<KeyValuePair<string, string>> Parameters) : TckStep(Line);

/// <summary>
/// <c>When executing query:</c> (the query under test, whose side effects are measured) or
/// <c>When executing control query:</c> (a later read that checks the graph; it has no side effects of its own).
/// </summary>
public sealed record ExecuteQueryStep(int Line, string Query, bool IsControlQuery) : TckStep(Line);

/// <summary>
/// <c>Then the result should be, in any order:</c> and its variants: the header row names the columns,
/// each further row holds one value literal per column.
/// </summary>
/// <param name="Ordered">Rows must come in the given order (<c>in order</c>); otherwise they form a bag.</param>
/// <param name="IgnoreListElementOrder">Lists compare as bags at every depth (<c>ignoring element order for lists</c>).</param>
public sealed record ExpectResultStep(
    int Line,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    bool Ordered,
    bool IgnoreListElementOrder) : TckStep(Line);

/// <summary><c>Then the result should be empty</c>: no rows (columns are not checked).</summary>
public sealed record ExpectEmptyResultStep(int Line) : TckStep(Line);

/// <summary><c>And no side effects</c> or <c>And the side effects should be:</c>; unlisted counters are expected to be 0.</summary>
/// <param name="Expected">Counter name (<c>+nodes</c>, <c>-labels</c>, ...) to its expected value.</param>
public sealed record ExpectSideEffectsStep(int Line, IReadOnlyDictionary<string, int> Expected) : TckStep(Line);

/// <summary>
/// <c>Then a &lt;Kind&gt; should be raised at &lt;phase&gt;: &lt;Detail&gt;</c>, with the TCK's wildcards: the kind
/// <c>Error</c> (any kind), the phase <c>any time</c> and the detail <c>*</c> (any detail).
/// </summary>
/// <param name="Kind">The TCK error type, e.g. "SyntaxError", or "Error" for any.</param>
/// <param name="Phase">"compile time", "runtime" or "any time".</param>
/// <param name="Detail">The TCK detail code, e.g. "UndefinedVariable", or "*" for any.</param>
public sealed record ExpectErrorStep(int Line, string Kind, string Phase, string Detail) : TckStep(Line)
{
    /// <summary>The kind that stands for any kind.</summary>
    public const string AnyKind = "Error";

    /// <summary>The phase that stands for either phase.</summary>
    public const string AnyTime = "any time";

    /// <summary>The detail that stands for any detail.</summary>
    public const string AnyDetail = "*";
}

/// <summary>
/// <c>Then an error with GQL code &lt;code&gt; should be raised</c>, optionally <c>with message matching: &lt;regex&gt;</c>
/// (the TCK's GQLSTATUS form of an expected error).
/// </summary>
/// <param name="Code">The GQLSTATUS code, e.g. "42001".</param>
/// <param name="MessagePattern">A regular expression the whole error message must match, or null.</param>
public sealed record ExpectGqlErrorStep(int Line, string Code, string? MessagePattern) : TckStep(Line);

/// <summary>
/// <c>And there exists a CSV file with URL as $&lt;name&gt;, with rows:</c>: a CSV file holding the table (header row
/// first, then one line per row of value literals) whose URL the scenario's queries get as parameter &lt;name&gt;.
/// </summary>
public sealed record CsvFileStep(
    int Line,
    string UrlParameter,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows) : TckStep(Line);

/// <summary>
/// A step that is no part of the TCK's vocabulary (a typo, or a form of a newer TCK): the scenario fails on it, naming
/// the step, rather than passing or being skipped without checking what the step asked.
/// </summary>
public sealed record UnrecognisedStep(int Line, string Text) : TckStep(Line);

/// <summary>
/// <c>And there exists a procedure name(in :: TYPE?, ...) :: (out :: TYPE?, ...):</c> with a table whose header is the
/// input names followed by the output names; a call yields the outputs of every row whose inputs equal the arguments.
/// </summary>
public sealed record ProcedureDeclarationStep(
    int Line,
    string Name,
    IReadOnlyList<ProcedureParameter> Inputs,
    IReadOnlyList<ProcedureParameter> Outputs,
    IReadOnlyList<IReadOnlyList<string>> Rows) : TckStep(Line);

/// <summary>An input or output of a declared procedure, e.g. <c>in :: INTEGER?</c>.</summary>
public sealed record ProcedureParameter(string Name, string Type);
