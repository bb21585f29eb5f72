using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// The display forms, in each interface language, of the codes the API returns that a person reads: relationship
/// types (<c>PARTY_TO</c> → "party to" / « partie à » / 当事者), entity types, kinds, statuses and roles. Their one home is the
/// web client's dictionaries (<c>client/src/i18n/en.ts</c>, <c>fr.ts</c>, <c>ja.ts</c>), which this assembly embeds,
/// so the API and the explorer never word a code differently. A code the dictionaries do not know has null forms
/// (the API's plain <c>label</c> is then what to show). Thread-safe (read once, then immutable).
/// </summary>
public static partial class CodeLabels
{
    private static readonly Lazy<Dictionaries> Loaded = new(Load);

    /// <summary>A relationship type's forms (dictionary keys <c>relation.TYPE</c>).</summary>
    public static LocalizedNames Relationship(string type) => Loaded.Value.Of($"relation.{type}");

    /// <summary>An entity type's forms, singular (<c>entityType.ORGANIZATION</c>: "Organisation").</summary>
    public static LocalizedNames EntityType(EntityType type) => Loaded.Value.Of($"entityType.{type.ToString().ToUpperInvariant()}");

    /// <summary>A stored kind's forms (<c>university</c> of an organisation: <c>organizationKind.UNIVERSITY</c>).</summary>
    public static LocalizedNames Kind(EntityType type, string storedKind) => type switch
    {
        Domain.EntityType.Organization => Loaded.Value.Of($"organizationKind.{storedKind.ToUpperInvariant()}"),
        Domain.EntityType.Agreement => Loaded.Value.Of($"agreementKind.{storedKind.ToUpperInvariant()}"),
        Domain.EntityType.Event => Loaded.Value.Of($"eventKind.{storedKind.ToUpperInvariant()}"),
        Domain.EntityType.Place => Loaded.Value.Of($"placeKind.{storedKind.ToUpperInvariant()}"),
        Domain.EntityType.Fact => Loaded.Value.Of($"factKind.{storedKind.ToUpperInvariant()}"),
        _ => None,
    };

    /// <summary>An agreement's status (<c>signed</c>: dictionary key <c>agreementStatus.signed</c>).</summary>
    public static LocalizedNames Status(string status) => Loaded.Value.Of($"agreementStatus.{status}");

    /// <summary>A role as the (French) sources word it (<c>signataire</c>: dictionary key <c>role.signataire</c>); null
    /// forms where the dictionaries have no translation of it (then the source's words, <c>role</c>, are what to show).</summary>
    public static LocalizedNames Role(string role) => Loaded.Value.Of($"role.{role}");

    /// <summary>The same text in every language (a year).</summary>
    public static LocalizedNames Same(string text) => new(text, text, text);

    private static readonly LocalizedNames None = new(null, null, null);

    // One entry a line, as the dictionaries are written: `  "relation.PARTY_TO": "party to",` (a JSON string literal).
    [GeneratedRegex("""^\s*"(?<key>[^"]+)"\s*:\s*(?<value>"(?:[^"\\]|\\.)*")\s*,?\s*$""")]
    private static partial Regex Entry();

    private sealed record Dictionaries(
        FrozenDictionary<string, string> En, FrozenDictionary<string, string> Fr, FrozenDictionary<string, string> Ja)
    {
        public LocalizedNames Of(string key) =>
            new(En.GetValueOrDefault(key), Fr.GetValueOrDefault(key), Ja.GetValueOrDefault(key));
    }

    private static Dictionaries Load() => new(Read("en"), Read("fr"), Read("ja"));

    /// <exception cref="InvalidOperationException">The assembly was built without the client's dictionary.</exception>
    private static FrozenDictionary<string, string> Read(string language)
    {
        var name = $"GraphExplorer.Application.i18n.{language}.ts";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded dictionary {name} (client/src/i18n/{language}.ts) is missing from the build.");
        using var reader = new StreamReader(stream);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (Entry().Match(line) is { Success: true } match && JsonSerializer.Deserialize<string>(match.Groups["value"].Value) is { } value)
            {
                entries[match.Groups["key"].Value] = value;
            }
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
