using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Api;

/// <summary>RoleHolding: a HOLDS_ROLE relationship seen from either end.</summary>
internal sealed record RoleHolding(
    EntityRecord Person,
    EntityRecord Organization,
    string Title,
    PartialDate? SinceDate,
    PartialDate? UntilDate,
    PartialDate? AsOf,
    IReadOnlyList<Citation> Citations,
    Inference Inference);

/// <summary>AgreementParty: a PARTY_TO relationship seen from the agreement.</summary>
internal sealed record AgreementParty(EntityRecord Party, string? Role, IReadOnlyList<Citation> Citations, Inference Inference)
{
    public LocalizedNames? RoleLabels => Role is null ? null : CodeLabels.Role(Role);
}

/// <summary>Participation: a PARTICIPATED_IN relationship seen from the event.</summary>
internal sealed record Participation(EntityRecord Participant, string? Role, IReadOnlyList<Citation> Citations, Inference Inference)
{
    public LocalizedNames? RoleLabels => Role is null ? null : CodeLabels.Role(Role);
}

/// <summary>Twinning: a TWINNED_WITH relationship (stored once, symmetric) seen from either place.</summary>
internal sealed record Twinning(EntityRecord Place, PartialDate? SinceDate, IReadOnlyList<Citation> Citations, Inference Inference);

/// <summary>Passage: where a citation's quote stands in its source's text (see <see cref="Domain.QuoteText"/>).</summary>
internal sealed record Passage(int Start, int End, string Text)
{
    /// <summary>The passage <paramref name="quote"/> quotes in <paramref name="text"/>, or null when it is not there.</summary>
    public static Passage? Of(string quote, string text) =>
        Domain.QuoteText.Find(quote, text) is var (start, end) ? new Passage(start, end, text[start..end]) : null;
}
