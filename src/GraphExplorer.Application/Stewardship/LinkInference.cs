using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Stewardship;

/// <summary>
/// Whether the relationships an upsert adds (parties, country, sectors, places, …) are stated by its quoted sentence
/// or inferred from it: the input's <c>linksInferred</c> / <c>linksInferenceNote</c>, checked by the rule of
/// <see cref="Inference.Problem"/>. Left out, the relationships it writes keep their inference (a new one is stated);
/// given, each one it writes is set inferred with the note, or stated. Immutable.
/// </summary>
internal sealed class LinkInference
{
    private readonly bool given;
    private readonly bool inferred;
    private readonly string? note;

    private LinkInference(bool given, bool inferred, string? note)
    {
        this.given = given;
        this.inferred = inferred;
        this.note = note;
    }

    /// <summary>True when the input marks its relationships inferred.</summary>
    public bool Inferred => inferred;

    /// <exception cref="ExplorerException">ValidationFailed: inferred without a note, or a note without inferred.</exception>
    public static LinkInference Of(Patch<bool?> linksInferred, Patch<string> linksInferenceNote)
    {
        if (!linksInferred.IsGiven && !linksInferenceNote.IsGiven)
        {
            return new LinkInference(given: false, inferred: false, note: null);
        }

        var inferred = linksInferred.Value is true;
        var note = string.IsNullOrWhiteSpace(linksInferenceNote.Value) ? null : linksInferenceNote.Value.Trim();
        if (Inference.Problem(inferred ? true : null, note) is { } problem)
        {
            throw ApplicationErrors.ValidationFailed(inferred ? "input.linksInferenceNote" : "input.linksInferred", $"each relationship this input adds {problem}");
        }

        return new LinkInference(given: true, inferred, note);
    }

    /// <summary>The properties to set on a relationship the input writes (a fresh dictionary the caller may add to).</summary>
    public Dictionary<string, object?> Properties() => given
        ? new Dictionary<string, object?> { [Inference.InferredProperty] = inferred ? true : null, [Inference.NoteProperty] = note }
        : [];

    /// <summary>Refuses an inference that marks nothing: the input adds no relationship for it to apply to.</summary>
    /// <exception cref="ExplorerException">ValidationFailed on <c>input.linksInferred</c>.</exception>
    public void RequireApplied(int relationshipsWritten)
    {
        if (inferred && relationshipsWritten == 0)
        {
            throw ApplicationErrors.ValidationFailed("input.linksInferred",
                "marks the relationships this input adds inferred, but it adds none (to mark an existing one, use link with its properties)");
        }
    }
}
