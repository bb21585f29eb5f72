using System.Text;
using F23.StringSimilarity;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Export;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Cypher.Scripts;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// <c>load</c>'s strict checks (<see cref="LoadOptions.Strict"/>), run in the script's transaction before it commits, on
/// what the script created or changed and on the keys it names — the mistakes the data rules of <c>validate</c> cannot
/// see, because the graph they leave is well-formed, only not what the steward meant:
/// <list type="bullet">
/// <item><see cref="ValidationRules.UnknownKey"/>: a key the script names as a string literal (comments aside) that no
/// node had before it ran or has after. Scripts reach existing entities with <c>MATCH … {key: …}</c>; on a misspelt key the
/// match finds nothing and the row silently does nothing (a citation, a tie, a property lost).</item>
/// <item><see cref="ValidationRules.UnknownLabel"/>: a label outside the model on a node whose key names a model label
/// (<c>:Organisation {key: 'org:…'}</c>), or one a typo away from a model label: a stray node beside the graph.</item>
/// <item><see cref="ValidationRules.UnknownProperty"/>: a property of a model node or relationship that its label or type
/// does not have (<see cref="ModelProperties"/>) and that is a typo of one it has (<c>titel</c>): refused. Any other
/// property outside the model is a warning: the explorer does not show it.</item>
/// <item><see cref="ValidationRules.MissingName"/>: an entity without its name, title or statement.</item>
/// </list>
/// Relationship types outside the model are the data rules' (<see cref="ValidationRules.RelationshipShape"/>). Nodes
/// without a model label and without a typo of one (the loader runs any Cypher) are left alone. Cost: one read of what
/// the script wrote, one of the keys it names, and the script's text once more: O(written + keys + script).
/// Thread-safe (stateless).
/// </summary>
internal static class ScriptModelChecks
{
    /// <summary>What refuses the script (unless violations are allowed), and what is only reported.</summary>
    public sealed record Findings(IReadOnlyList<Violation> Violations, IReadOnlyList<Violation> Warnings);

    private static readonly OptimalStringAlignment Distance = new();

    // The labels of the application's own records, which scripts never write but a dump restores.
    private static readonly HashSet<string> SystemLabels = new(StringComparer.Ordinal)
    {
        ScriptLoader.AppliedScriptLabel, GraphModel.AuditLabel, UndoRecord.Label, ReadAuditTrail.Label, GraphDumper.DumpLabel,
    };

    /// <param name="before">The graph before the script's statements (for the keys that existed then).</param>
    /// <param name="fingerprintBefore">Its fingerprint, and <paramref name="fingerprintAfter"/> the one after the statements:
    /// what differs is what the script wrote.</param>
    public static async Task<Findings> CheckAsync(
        IGraphTransaction transaction,
        ScriptFile script,
        GraphSnapshot before,
        Lineage.Fingerprint fingerprintBefore,
        Lineage.Fingerprint fingerprintAfter,
        CancellationToken cancellationToken)
    {
        var violations = new List<Violation>();
        var warnings = new List<Violation>();
        var nodeIds = Lineage.Changed(fingerprintBefore.Nodes, fingerprintAfter.Nodes);
        foreach (var node in (await GraphSnapshot.ReadAsync(transaction, nodeIds, [], cancellationToken)).Nodes.Values)
        {
            CheckNode(node, violations, warnings);
        }

        var relationshipIds = Lineage.Changed(fingerprintBefore.Relationships, fingerprintAfter.Relationships);
        if (relationshipIds.Count > 0)
        {
            var rows = await transaction.RunAsync("MATCH (a)-[r]->(b) WHERE elementId(r) IN $ids RETURN a.key AS start, r, b.key AS end",
                new Dictionary<string, object?> { ["ids"] = relationshipIds }, cancellationToken);
            foreach (var row in rows)
            {
                var relationship = row.Get<CypherRelationship>("r");
                if (ModelProperties.OfRelationship(relationship.Type) is { } allowed)
                {
                    var target = $"{row["start"] as string}|{relationship.Type}|{row["end"] as string}";
                    CheckProperties(relationship.Properties.Keys, allowed, $"a {relationship.Type} relationship", target, violations, warnings);
                }
            }
        }

        violations.AddRange(await UnknownKeysAsync(transaction, script, before, cancellationToken));
        return new Findings(violations, warnings);
    }

    private static void CheckNode(CypherNode node, List<Violation> violations, List<Violation> warnings)
    {
        var key = node.Properties.GetValueOrDefault("key") as string;
        var keyType = key is null ? null : GraphModel.TypeOfKey(key);
        var type = GraphModel.TypeOfLabels(node.Labels);
        foreach (var label in node.Labels.Where(l => GraphModel.TypeOfLabel(l) is null && !SystemLabels.Contains(l)))
        {
            var meant = keyType is { } fromKey && type != fromKey
                ? GraphModel.Label(fromKey)
                : Closest(label, GraphModel.EntityTypes.Select(GraphModel.Label));
            if (meant is not null)
            {
                violations.Add(new(ValidationRules.UnknownLabel, key ?? $"({label} without key)",
                    $":{label} is not a label of the model: did you mean :{meant}?"));
            }
        }

        if (type is not { } entity)
        {
            return;
        }

        var name = ModelProperties.NameOf(entity);
        var target = key ?? $"({GraphModel.Label(entity)} without key)";
        CheckProperties(node.Properties.Keys, ModelProperties.Of(entity), $"a {entity}", target, violations, warnings);
        if (node.Properties.GetValueOrDefault(name) is not string given || string.IsNullOrWhiteSpace(given))
        {
            violations.Add(new(ValidationRules.MissingName, target, $"has no {name}: the explorer would show its key instead"));
        }
    }

    private static void CheckProperties(
        IEnumerable<string> properties, IReadOnlySet<string> allowed, string owner, string target, List<Violation> violations, List<Violation> warnings)
    {
        foreach (var property in properties.Where(p => !allowed.Contains(p) && !Lineage.IsLineageProperty(p)).Order(StringComparer.Ordinal))
        {
            if (Closest(property, allowed) is { } meant)
            {
                violations.Add(new(ValidationRules.UnknownProperty, target, $"{property} is not a property of {owner} in the model: did you mean {meant}?"));
            }
            else
            {
                warnings.Add(new(ValidationRules.UnknownProperty, target,
                    $"{property} is not a property of {owner} in the model (cypher/README.md, \"Model\"): stored, but the explorer does not show it"));
            }
        }
    }

    /// <summary>The keys the script names that no node had before it or has after it, each with the closest existing key.</summary>
    private static async Task<IReadOnlyList<Violation>> UnknownKeysAsync(IGraphTransaction transaction, ScriptFile script, GraphSnapshot before, CancellationToken cancellationToken)
    {
        var existed = before.Nodes.Values.Select(n => n.Properties.GetValueOrDefault("key") as string).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = NamedKeys(script).Where(k => !existed.Contains(k)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var found = (await transaction.RunAsync("MATCH (n) WHERE n.key IN $keys RETURN n.key AS key",
            new Dictionary<string, object?> { ["keys"] = missing }, cancellationToken)).Select(r => r.Get<string>("key")).ToHashSet(StringComparer.Ordinal);
        var violations = new List<Violation>();
        var byPrefix = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in missing.Where(k => !found.Contains(k)))
        {
            var prefix = GraphModel.KeyPrefix(GraphModel.RequireTypeOfKey(key));
            if (!byPrefix.TryGetValue(prefix, out var keys))
            {
                keys = [.. (await transaction.RunAsync("MATCH (n) WHERE n.key STARTS WITH $prefix RETURN n.key AS key",
                    new Dictionary<string, object?> { ["prefix"] = prefix }, cancellationToken)).Select(r => r.Get<string>("key"))];
                byPrefix[prefix] = keys;
            }

            var meant = Closest(key, keys);
            violations.Add(new(ValidationRules.UnknownKey, key,
                "is named by the script but no node has it, before or after it ran: a MATCH on it finds nothing, so the rows that need it do nothing" +
                (meant is null ? "" : $" (did you mean {meant}?)")));
        }

        return violations;
    }

    /// <summary>The entity keys the script gives as string literals, comments left out (a template in a comment is not a
    /// reference). Follows the lexical rules of <see cref="ScriptSplitter"/>: quotes with backslash escapes, backticked
    /// names, <c>//</c> and <c>/* */</c> comments.</summary>
    internal static IReadOnlyList<string> NamedKeys(ScriptFile script)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        using var reader = script.OpenText();
        foreach (var statement in ScriptSplitter.Split(reader))
        {
            foreach (var literal in Literals(statement.Text))
            {
                if (GraphModel.TypeOfKey(literal) is not null && !literal.Any(char.IsWhiteSpace))
                {
                    keys.Add(literal);
                }
            }
        }

        return [.. keys];
    }

    private static IEnumerable<string> Literals(string text)
    {
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (c == '`')
            {
                var end = text.IndexOf('`', i + 1);
                i = end < 0 ? text.Length : end;
            }
            else if (c is '\'' or '"')
            {
                literal.Clear();
                for (i++; i < text.Length && text[i] != c; i++)
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    literal.Append(text[i]);
                }

                yield return literal.ToString();
            }
        }
    }

    /// <summary>The candidate that <paramref name="given"/> is a typo of: equal but for case, or one edit away (names of
    /// 4 characters or more), two (of 8 or more); the closest, null when none is.</summary>
    private static string? Closest(string given, IEnumerable<string> candidates)
    {
        var allowed = given.Length >= 8 ? 2 : given.Length >= 4 ? 1 : 0;
        return candidates
            .Select(candidate => (Candidate: candidate, Distance: string.Equals(candidate, given, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance.Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed && c.Candidate != given)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }
}
