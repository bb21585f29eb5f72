using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// One state of an agreement's life as a source states it. It is stored on the citation that states it: a
/// <c>CITED_IN</c> of the agreement whose sentence says that the agreement was announced, signed, came into force,
/// was renewed, … carries that state as <c>status</c> (one of <see cref="GraphModel.AgreementLifecycle"/>), the date
/// the source gives for the change as <c>since</c> + <c>sincePrecision</c> (how it was dated in <c>sinceBasis</c>)
/// and, for a state the source only observes (« en cours »), the date it observed it as <c>asOf</c> +
/// <c>asOfPrecision</c>. A date the source does not give is absent: no step is dated more finely than its sentence.
/// So retracting the sentence (<c>removeCitation</c>) retracts the state, and every state has its source.
/// </summary>
/// <param name="Status">The state, as stored (<c>signed</c>, <c>in_force</c>, …).</param>
/// <param name="Since">When the agreement entered the state, at the source's precision; null when the source does not say.</param>
/// <param name="AsOf">When the source saw the agreement in that state; null when it gives the change's date or none.</param>
/// <param name="Citation">The source and the sentence that state it.</param>
public sealed record AgreementLifecycleStep(string Status, PartialDate? Since, PartialDate? AsOf, Citation Citation)
{
    /// <summary>The state in each interface language (dictionary keys <c>agreementStatus.…</c>).</summary>
    public LocalizedNames StatusLabels => CodeLabels.Status(Status);

    /// <summary>
    /// The step a citation's properties state, or null when the citation states no state of the model's vocabulary
    /// (<c>validate</c> reports an unknown one, rule <c>lifecycle</c>).
    /// </summary>
    public static AgreementLifecycleStep? Read(IReadOnlyDictionary<string, object?> citation, string sourceId, string sourceTitle) =>
        citation.GetValueOrDefault("status") is string status && GraphModel.AgreementLifecycle.Contains(status)
            ? new AgreementLifecycleStep(
                status,
                PartialDate.OfRelationship(citation, "since"),
                PartialDate.OfRelationship(citation, "asOf"),
                new Citation(sourceId, sourceTitle, citation.GetValueOrDefault("quote") as string, Inference.Of(citation)))
            : null;

    /// <summary>
    /// The steps in the order they happened: by the first day their date (<c>since</c>, else <c>asOf</c>) stands for,
    /// the finer precision first on the same day, then in lifecycle order; steps without a date come last, in
    /// lifecycle order (a source that gives no date does not say when, so they are not placed between dated ones).
    /// </summary>
    public static IReadOnlyList<AgreementLifecycleStep> InOrder(IEnumerable<AgreementLifecycleStep> steps) =>
        [.. steps
            .OrderBy(s => s.When is null ? 1 : 0)
            .ThenBy(s => s.When?.Earliest)
            .ThenBy(s => s.When?.Latest)
            .ThenBy(s => Rank(s.Status))
            .ThenBy(s => s.Citation.SourceId, StringComparer.Ordinal)
            .ThenBy(s => s.Citation.Quote, StringComparer.Ordinal)];

    /// <summary>The date that places the step in time: when it began, else when it was seen.</summary>
    public PartialDate? When => Since ?? AsOf;

    private static int Rank(string status)
    {
        for (var i = 0; i < GraphModel.AgreementLifecycle.Count; i++)
        {
            if (GraphModel.AgreementLifecycle[i] == status)
            {
                return i;
            }
        }

        return GraphModel.AgreementLifecycle.Count;
    }
}
