namespace GraphExplorer.Application.Quality;

/// <summary>A broken data rule: which rule (<see cref="ValidationRules"/>), what it is about, and why.</summary>
/// <param name="Target">The entity key, or <c>start|TYPE|end</c> for a relationship.</param>
public sealed record Violation(string Rule, string Target, string Message)
{
    public override string ToString() => $"{Rule}: {Target}: {Message}";
}

/// <summary>The rules <see cref="GraphValidator"/> checks, by stable name.</summary>
public static class ValidationRules
{
    /// <summary>An agreement has at least two parties, or one party and a non-blank <c>counterpartyNote</c> saying who the
    /// unnamed other side is (the model's rule for agreements whose counterparty the source does not name).</summary>
    public const string AgreementParties = "agreement-parties";

    /// <summary>Every fact node (organisation, person, agreement, event, fact) is cited in at least one source.</summary>
    public const string NodeWithoutSource = "node-without-source";

    /// <summary>Every relationship but the reference hierarchy has sources, with as many quotes as sources when quoted.</summary>
    public const string RelationshipWithoutSource = "relationship-without-source";

    /// <summary>Dates are Cypher dates, with a precision (day, month, year) that matches them, and ranges run forward.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A relationship names a source that does not exist, or a citation points at something that is not a source.</summary>
    public const string DanglingReference = "dangling-reference";

    /// <summary>A relationship type outside the model, or joining kinds of entity the model does not allow.</summary>
    public const string RelationshipShape = "relationship-shape";

    /// <summary>A node's key is missing or does not carry its label's prefix, or its kind is not in the model's list.</summary>
    public const string KeyOrKind = "key-or-kind";

    /// <summary>A node, relationship or citation marked <c>inferred: true</c> says why in a non-blank <c>inferenceNote</c>,
    /// and an <c>inferenceNote</c> goes with <c>inferred: true</c> (see cypher/README.md, "Stated or inferred").</summary>
    public const string Inference = "inference";

    /// <summary>A citation's quote does not occur in the text of the source it cites (see <see cref="CitationQuotes"/>);
    /// the message gives the closest passage. Quotes of a source without text are not checked.</summary>
    public const string Misquote = "misquote";

    /// <summary>A lifecycle state on a citation (<c>CITED_IN.status</c>) is one of the model's, on an agreement, dated at
    /// a precision that fits its date, and a <c>signed</c> state agrees with the agreement's <c>signedDate</c>.</summary>
    public const string Lifecycle = "lifecycle";

    /// <summary>A new organisation, person, place or sector goes by the name of another entity of its type, or one a typo
    /// away (see <see cref="DuplicateNames"/>). Checked by <c>load</c> on what a script creates, before it commits.</summary>
    public const string DuplicateName = "duplicate-name";

    // The strict checks of `load` (see Loading.ScriptModelChecks): what a script wrote outside the model, checked before
    // it commits, not by `validate` (the graph may hold data of other models).

    /// <summary>A script names a key (as a string literal) that no node had before it ran or has after: a <c>MATCH</c> on
    /// it found nothing, so the rows that needed it did nothing.</summary>
    public const string UnknownKey = "unknown-key";

    /// <summary>A node a script wrote carries a label the model does not have, where a model label was meant (its key's
    /// prefix names another, or the label is a typo of one).</summary>
    public const string UnknownLabel = "unknown-label";

    /// <summary>A node or relationship a script wrote has a property its label or type does not have in the model, a typo
    /// of one it has (any other unknown property is a warning).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>An entity a script wrote has no name (<c>title</c> for agreements and sources, <c>statement</c> for
    /// facts): the explorer would show its key instead.</summary>
    public const string MissingName = "missing-name";
}
