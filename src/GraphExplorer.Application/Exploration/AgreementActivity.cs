using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>What a cited activity of an agreement is (see <see cref="AgreementActivity"/>).</summary>
public enum AgreementActivityKind
{
    /// <summary>Its signing.</summary>
    Signed,

    /// <summary>A state of its life a source dates (implemented, renewed, seen active, …).</summary>
    State,

    /// <summary>The event it was signed at.</summary>
    Event,

    /// <summary>An agreement that implements, reinforces or builds on it (or that it builds on).</summary>
    RelatedAgreement,

    /// <summary>The date its term took or takes effect, as a source states it (<c>effectiveDate</c>).</summary>
    Effective,
}

/// <summary>A dated, cited sign of an agreement's life: its signing, a dated state, its signing event, a related agreement,
/// the stated start of its term.</summary>
/// <param name="EntityId">The event or related agreement; null for the agreement's own signing and states.</param>
/// <param name="Status">For a state, its lifecycle status (<c>renewed</c>, …); null otherwise.</param>
public sealed record AgreementActivity(AgreementActivityKind Kind, PartialDate Date, string? EntityId = null, string? Status = null);
