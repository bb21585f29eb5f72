using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Stewardship;

/// <summary>
/// A relationship type the <c>link</c> mutation accepts: what it joins (start → end, as <see cref="GraphModel.Relationships"/>
/// says) and which of the link input's own properties (<c>role</c>, <c>title</c>) the model gives it
/// (<see cref="ModelProperties"/>); every type may carry <c>since</c>/<c>until</c>.
/// </summary>
public sealed record LinkRule(string Type, string Label, IReadOnlyList<EntityType> From, IReadOnlyList<EntityType> To, IReadOnlyList<string> Properties);

/// <summary>
/// The model's table of linkable relationship types, derived from <see cref="GraphModel"/> and <see cref="ModelProperties"/>
/// (never restated): what the client's "add a tie" offers between two kinds of entity, and what <c>link</c> checks. Immutable.
/// </summary>
public static class LinkRules
{
    // The link input's properties that only some types carry (the dates every relationship may carry are not listed).
    private static readonly string[] TypeProperties = ["role", "title"];

    /// <summary>Every type stewards can link (all but provenance, <see cref="GraphModel.CitedIn"/>), by type name.</summary>
    public static IReadOnlyList<LinkRule> All { get; } =
    [
        .. GraphModel.DrawableRelationshipTypes.Select(type =>
        {
            var rule = GraphModel.Relationships[type];
            var properties = ModelProperties.OfRelationship(type)!;
            return new LinkRule(type, rule.Label, rule.From, rule.To, [.. TypeProperties.Where(properties.Contains)]);
        }),
    ];
}
