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
internal sealed record AgreementParty(EntityRecord Party, string? Role, IReadOnlyList<Citation> Citations, Inference Inference);

/// <summary>Participation: a PARTICIPATED_IN relationship seen from the event.</summary>
internal sealed record Participation(EntityRecord Participant, string? Role, IReadOnlyList<Citation> Citations, Inference Inference);

/// <summary>Twinning: a TWINNED_WITH relationship (stored once, symmetric) seen from either place.</summary>
internal sealed record Twinning(EntityRecord Place, PartialDate? SinceDate, IReadOnlyList<Citation> Citations, Inference Inference);
