using System.Collections.Concurrent;

namespace GraphExplorer.Application.Visibility;

/// <summary>
/// The restricted items (above the lowest level) one reader's request was given: what the read audit records (see
/// <see cref="ReadAuditTrail"/>). The transport starts one per request (<see cref="Current"/>) when levels are
/// configured; the reads note what they return through <see cref="SawNode"/> and <see cref="SawTie"/>, which do
/// nothing when no request is being audited (the command line, the loader, the zero-setup run).
/// </summary>
/// <remarks>Thread-safe: resolvers of one request note items concurrently. The current value travels in an
/// <see cref="AsyncLocal{T}"/>, like <see cref="ReaderVisibility.Current"/>.</remarks>
public sealed class RestrictedReads(string reader, string lowestLevel)
{
    private static readonly AsyncLocal<RestrictedReads?> CurrentValue = new();

    private readonly ConcurrentDictionary<string, string> items = new(StringComparer.Ordinal);

    /// <summary>The request being audited, or null.</summary>
    public static RestrictedReads? Current
    {
        get => CurrentValue.Value;
        set => CurrentValue.Value = value;
    }

    /// <summary>Who read: the signed-in user's name (<c>anonymous</c> without one).</summary>
    public string Reader { get; } = reader;

    /// <summary>What was seen: <c>node org:x</c> or <c>rel org:x PARTY_TO agr:y</c> (as the write audit names
    /// deletions), each with its level, in a stable order.</summary>
    public IReadOnlyList<string> Items => [.. items.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key} ({i.Value})")];

    public bool IsEmpty => items.IsEmpty;

    /// <summary>Notes an entity a read returned, by its stored properties, when its level is above the lowest.</summary>
    public static void SawNode(IReadOnlyDictionary<string, object?> properties)
    {
        if (Current is { } current && properties.GetValueOrDefault("key") is string key)
        {
            current.Note($"node {key}", properties);
        }
    }

    /// <summary>Notes a tie a read returned, when its level is above the lowest.</summary>
    public static void SawTie(string start, string type, string end, IReadOnlyDictionary<string, object?> properties) =>
        Current?.Note($"rel {start} {type} {end}", properties);

    private void Note(string item, IReadOnlyDictionary<string, object?> properties)
    {
        if (properties.GetValueOrDefault(VisibilityLevels.Property) is string level && level != lowestLevel)
        {
            items[item] = level;
        }
    }
}
