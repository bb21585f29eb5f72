using GraphExplorer.Database;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// Whether a node, relationship or citation is stated by its source or inferred, and why: the stored properties
/// <c>inferred: true</c> and <c>inferenceNote: '…'</c> (see cypher/README.md, "Stated or inferred"). Absent means stated.
/// </summary>
public sealed record Inference(bool Inferred, string? Note)
{
    public const string InferredProperty = "inferred";
    public const string NoteProperty = "inferenceNote";

    public static Inference Stated { get; } = new(false, null);

    /// <summary>The inference stored in a node's or relationship's properties.</summary>
    public static Inference Of(IReadOnlyDictionary<string, object?> properties) =>
        properties.GetValueOrDefault(InferredProperty) is true
            ? new Inference(true, properties.GetValueOrDefault(NoteProperty) as string)
            : Stated;

    /// <summary>
    /// What is wrong with an <c>inferred</c> / <c>inferenceNote</c> pair, or null when it is consistent: an inference
    /// says why (a note), and a note belongs to an inference. The one home of the rule, for loaded data
    /// (<c>GraphValidator</c>) and for what stewards give (<c>NodeChanges.Inference</c>).
    /// </summary>
    public static string? Problem(object? inferred, object? note) => inferred switch
    {
        not (null or bool) => $"inferred is a {CypherValues.TypeName(inferred)}, not a Boolean",
        true when note is not string text || string.IsNullOrWhiteSpace(text) => "is inferred but its inferenceNote does not say why",
        not true when note is not null => "has an inferenceNote but is not marked inferred: true",
        _ => null,
    };

    /// <summary>
    /// The inference of a tie made of several relationships (an organisation that both organised and took part in an
    /// event): stated when any of them is stated, else inferred with every distinct reason.
    /// </summary>
    public static Inference OfAll(IEnumerable<Inference> parts)
    {
        var list = parts.ToList();
        if (list.Count == 0 || list.Any(p => !p.Inferred))
        {
            return Stated;
        }

        var notes = list.Select(p => p.Note).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new Inference(true, notes.Count == 0 ? null : string.Join(" ", notes));
    }
}
