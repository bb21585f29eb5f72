using System.Text.RegularExpressions;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Quality;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// The data rules a script breaks, found before it commits and placed in the script (<c>file:line:column</c>, see
/// <see cref="ScriptLocations"/>). Run inside the script's transaction: the rules of <c>validate</c>
/// (<see cref="GraphValidator"/>: required evidence, dates and their precision, references to existing sources, parties,
/// kinds and keys, relationship shapes) on the graph as the script leaves it, keeping only the violations that were not
/// there before it ran, so a script is answerable for what it breaks and not for what it found; plus
/// <see cref="DuplicateNames"/> on the entities it creates. Quotes are <see cref="ScriptQuotes"/>'s to check.
/// Cost: two validations of the whole graph per script, O(graph).
/// </summary>
internal static partial class ScriptViolations
{
    /// <summary>The violations the graph holds before the script: taken in its transaction before its statements.</summary>
    public static async Task<HashSet<Violation>> BeforeAsync(IGraphTransaction transaction, CancellationToken cancellationToken) =>
        [.. await new GraphValidator(transaction).ValidateAsync(cancellationToken)];

    /// <summary>What the script's statements broke, in file order.</summary>
    /// <param name="created">Element ids of the nodes the script created.</param>
    /// <param name="strict">What the strict checks found (<see cref="ScriptModelChecks"/>), placed with the rest.</param>
    public static async Task<IReadOnlyList<LoadError>> CheckAsync(
        IGraphTransaction transaction,
        ScriptFile script,
        HashSet<Violation> before,
        IReadOnlySet<string> created,
        IReadOnlyList<Violation> strict,
        CancellationToken cancellationToken)
    {
        var introduced = (await new GraphValidator(transaction).ValidateAsync(cancellationToken))
            .Where(v => v.Rule != ValidationRules.Misquote && !before.Contains(v))
            .ToList();
        introduced.AddRange(await DuplicatesAsync(transaction, created, cancellationToken));
        introduced.AddRange(strict);
        return Locate(script, introduced);
    }

    /// <summary>Each violation at its place in the script (<c>file:1:1</c> when the script does not name what it is about), in file order.</summary>
    public static IReadOnlyList<LoadError> Locate(ScriptFile script, IEnumerable<Violation> violations) =>
        ScriptLocations.Place(script, [.. violations.Select(Problem)], keepUnplaced: true);

    private static async Task<IReadOnlyList<Violation>> DuplicatesAsync(IGraphTransaction transaction, IReadOnlySet<string> created, CancellationToken cancellationToken)
    {
        if (created.Count == 0)
        {
            return [];
        }

        var all = new List<NamedEntity>();
        var isNew = new List<NamedEntity>();
        foreach (var type in GraphModel.EntityTypes.Where(DuplicateNames.IsChecked))
        {
            foreach (var row in await transaction.RunAsync($"MATCH (n:{GraphModel.Label(type)}) WHERE n.key IS NOT NULL RETURN n", null, cancellationToken))
            {
                var node = row.Get<CypherNode>("n");
                var entity = NamedEntity.Of((string)node.Properties["key"]!, type, node.Properties);
                all.Add(entity);
                if (created.Contains(node.ElementId))
                {
                    isNew.Add(entity);
                }
            }
        }

        return DuplicateNames.Find(isNew, all);
    }

    /// <summary>Where to look for a violation in the script: its entity's key as a literal, or, for a relationship
    /// (<c>start|TYPE|end</c>), its type in a statement naming one of its ends; pointing at the property or source the
    /// message names.</summary>
    private static ScriptLocations.Problem Problem(Violation violation)
    {
        var message = violation.ToString();
        var details = Details(violation);
        var parts = violation.Target.Split('|');
        if (parts.Length == 3)
        {
            var context = parts[0].Length > 0 || parts[2].Length > 0
                ? ScriptLocations.Literals(parts[0]).Concat(ScriptLocations.Literals(parts[2])).ToList()
                : null;
            return new(message, [":" + parts[1], ":`" + parts[1] + "`"], context, details);
        }

        if (WithoutKey().Match(violation.Target) is { Success: true } unkeyed)
        {
            return new(message, [":" + unkeyed.Groups["label"].Value], Details: details);
        }

        return new(message, ScriptLocations.Literals(violation.Target), Details: details);
    }

    /// <summary>What inside the statement the message is about: a source key it names, a duplicate's name, or the
    /// property its first word names (<c>signedDate 2024-06-12 has month precision…</c>).</summary>
    private static IReadOnlyList<string>? Details(Violation violation)
    {
        if (QuotedKey().Match(violation.Message) is { Success: true } source)
        {
            return ScriptLocations.Literals(source.Groups["key"].Value);
        }

        if (violation.Rule == ValidationRules.DuplicateName && Guillemets().Match(violation.Message) is { Success: true } name)
        {
            return ScriptLocations.Literals(name.Groups["name"].Value);
        }

        var first = violation.Message.Split(' ', 2)[0];
        return PropertyName().IsMatch(first) && first is not ("has" or "is" or "names" or "its" or "a" or "an") ? [first] : null;
    }

    [GeneratedRegex(@"^\((?<label>[A-Za-z]+) without key\)$")]
    private static partial Regex WithoutKey();

    [GeneratedRegex(@"'(?<key>src:[^']+)'")]
    private static partial Regex QuotedKey();

    [GeneratedRegex(@"«(?<name>[^»]+)»")]
    private static partial Regex Guillemets();

    [GeneratedRegex(@"^[a-z][A-Za-z0-9]*$")]
    private static partial Regex PropertyName();
}
