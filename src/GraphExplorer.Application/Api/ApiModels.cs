using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Api;

/// <summary>RoleHolding: a HOLDS_ROLE relationship seen from either end.</summary>
internal sealed record RoleHolding(EntityRecord Person, EntityRecord Organization, string Title, DateOnly? Since, DateOnly? Until, IReadOnlyList<Citation> Citations);

/// <summary>AgreementParty: a PARTY_TO relationship seen from the agreement.</summary>
internal sealed record AgreementParty(EntityRecord Party, string? Role, IReadOnlyList<Citation> Citations);

/// <summary>Participation: a PARTICIPATED_IN relationship seen from the event.</summary>
internal sealed record Participation(EntityRecord Participant, string? Role, IReadOnlyList<Citation> Citations);

/// <summary>Twinning: a TWINNED_WITH relationship (stored once, symmetric) seen from either place.</summary>
internal sealed record Twinning(EntityRecord Place, DateOnly? Since, IReadOnlyList<Citation> Citations);
