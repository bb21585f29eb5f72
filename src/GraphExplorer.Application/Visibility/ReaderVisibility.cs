namespace GraphExplorer.Application.Visibility;

/// <summary>
/// What the current reader may see: everything (<see cref="Unrestricted"/>), or only items whose level is in
/// <see cref="Levels"/> (an item without a level is always visible: it is at the lowest level, which every reader sees).
/// The transport sets <see cref="Current"/> for each request from the reader's roles; queries read it through
/// <see cref="Visible"/> (the predicate text) and <see cref="Domain.GraphQueries"/> (the <c>$visibleLevels</c> parameter).
/// </summary>
/// <remarks>The current value travels in an <see cref="AsyncLocal{T}"/>: set at the start of a request, it flows into
/// every resolver and data loader the request awaits, and never to another request. Unset means unrestricted, so the
/// command line, the loader and the system's own work read everything.</remarks>
public sealed record ReaderVisibility
{
    /// <summary>The name of the query parameter that carries <see cref="Levels"/>.</summary>
    public const string Parameter = "visibleLevels";

    private static readonly AsyncLocal<ReaderVisibility?> CurrentValue = new();

    private ReaderVisibility(IReadOnlyList<string>? levels) => Levels = levels;

    public static ReaderVisibility Unrestricted { get; } = new((IReadOnlyList<string>?)null);

    /// <summary>A reader who sees only items at <paramref name="levels"/> (and items without a level).</summary>
    public static ReaderVisibility Restricted(IReadOnlyList<string> levels) => new(levels);

    /// <summary>The levels this reader sees; null when unrestricted.</summary>
    public IReadOnlyList<string>? Levels { get; }

    public bool IsRestricted => Levels is not null;

    /// <summary>The reader of the current request (unrestricted when none was set).</summary>
    public static ReaderVisibility Current
    {
        get => CurrentValue.Value ?? Unrestricted;
        set => CurrentValue.Value = value;
    }
}
