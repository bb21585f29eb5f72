using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Quality;

/// <summary>
/// Checks the data rules of the model (<see cref="ValidationRules"/>) over the whole graph and lists every violation,
/// ordered by rule then target. Reads every model node and relationship once: O(graph). Thread-safe (stateless).
/// Reads the whole database (<c>validate</c>) or, inside a script's open transaction, the graph as the script leaves it
/// (<c>load</c>'s checks before commit, see <see cref="Loading.ScriptViolations"/>).
/// </summary>
public sealed class GraphValidator
{
    private readonly Func<string, CancellationToken, Task<QueryResult>> read;

    public GraphValidator(IGraphDatabase database)
        : this((cypher, cancellationToken) => database.SystemReadAsync(cypher, null, cancellationToken))
    {
    }

    /// <summary>Validates the graph as <paramref name="transaction"/> sees it, its own uncommitted changes included.</summary>
    public GraphValidator(IGraphTransaction transaction)
        : this((cypher, cancellationToken) => transaction.RunAsync(cypher, null, cancellationToken))
    {
    }

    private GraphValidator(Func<string, CancellationToken, Task<QueryResult>> read) => this.read = read;

    // Date properties and their precision property; a precision is required with signing and start dates (the
    // explorer shows it), optional elsewhere (absent = day).
    private static readonly (string Date, string? Precision, bool Required)[] NodeDates =
    [
        ("signedDate", "signedDatePrecision", true), ("startDate", "datePrecision", true), ("endDate", null, false),
        ("updatedDate", null, false), ("announcedDate", null, false),
        // An agreement's term, each date as its source gives it (see cypher/README.md, "Agreement term").
        ("effectiveDate", "effectiveDatePrecision", false), ("expiryDate", "expiryDatePrecision", false), ("renewalDate", "renewalDatePrecision", false),
    ];

    private static readonly (string Date, string? Precision, bool Required)[] RelationshipDates =
    [
        ("since", "sincePrecision", false), ("asOf", "asOfPrecision", false), ("until", null, false), ("announcedDate", null, false),
    ];

    public async Task<IReadOnlyList<Violation>> ValidateAsync(CancellationToken cancellationToken = default)
    {
        var violations = new List<Violation>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var nodes = await read("MATCH (n) RETURN n", cancellationToken);
        foreach (var node in nodes.Select(r => r.Get<CypherNode>("n")))
        {
            var type = GraphModel.TypeOfLabels(node.Labels);
            if (type is null)
            {
                continue;
            }

            var key = node.Properties.GetValueOrDefault("key") as string;
            if (key is null || GraphModel.TypeOfKey(key) != type)
            {
                violations.Add(new(ValidationRules.KeyOrKind, key ?? $"({type} without key)",
                    $"a {type} needs a key starting with '{GraphModel.KeyPrefix(type.Value)}'"));
                continue;
            }

            if (type == EntityType.Source)
            {
                sources.Add(key);
            }

            CheckKind(type.Value, key, node.Properties, violations);
            CheckDates(key, node.Properties, NodeDates, violations);
            CheckDateQualifier(key, node.Properties, violations);
            CheckInference(key, node.Properties, violations);
            if (node.Properties.GetValueOrDefault("startDate") is CypherDate start && node.Properties.GetValueOrDefault("endDate") is CypherDate end && end.Value < start.Value)
            {
                violations.Add(new(ValidationRules.InvalidDate, key, $"endDate {end} is before startDate {start}"));
            }

            if (AgreementTermOrder.Problem(TermDate(node.Properties, "effective"), TermDate(node.Properties, "expiry")) is { } termOrder)
            {
                violations.Add(new(ValidationRules.InvalidDate, key, termOrder));
            }
        }

        await CheckPartiesAsync(violations, cancellationToken);
        await CheckCitationsAsync(violations, cancellationToken);
        await CheckLifecycleAsync(violations, cancellationToken);
        await CheckQuotesAsync(violations, cancellationToken);
        await CheckRelationshipsAsync(sources, violations, cancellationToken);
        return [.. violations.OrderBy(v => v.Rule, StringComparer.Ordinal).ThenBy(v => v.Target, StringComparer.Ordinal).ThenBy(v => v.Message, StringComparer.Ordinal)];
    }

    private static void CheckKind(EntityType type, string key, IReadOnlyDictionary<string, object?> properties, List<Violation> violations)
    {
        var allowed = type switch
        {
            EntityType.Organization => GraphModel.OrganizationKinds,
            EntityType.Agreement => GraphModel.AgreementKinds,
            EntityType.Event => GraphModel.EventKinds,
            EntityType.Place => GraphModel.PlaceKinds,
            EntityType.Fact => GraphModel.FactKinds,
            _ => null,
        };
        if (allowed is not null && (properties.GetValueOrDefault("kind") is not string kind || !allowed.Contains(kind)))
        {
            violations.Add(new(ValidationRules.KeyOrKind, key, $"kind '{properties.GetValueOrDefault("kind")}' is not a {type} kind of the model"));
        }
    }

    private static void CheckDates(string target, IReadOnlyDictionary<string, object?> properties, (string Date, string? Precision, bool Required)[] dates, List<Violation> violations)
    {
        foreach (var (dateProperty, precisionProperty, required) in dates)
        {
            var value = properties.GetValueOrDefault(dateProperty);
            var precision = precisionProperty is null ? null : properties.GetValueOrDefault(precisionProperty);
            if (value is null)
            {
                if (precision is not null)
                {
                    violations.Add(new(ValidationRules.InvalidDate, target, $"{precisionProperty} is set but {dateProperty} is not"));
                }

                continue;
            }

            if (value is not CypherDate date)
            {
                violations.Add(new(ValidationRules.InvalidDate, target, $"{dateProperty} is a {CypherValues.TypeName(value)}, not a Date"));
                continue;
            }

            if (precisionProperty is null || (precision is null && !required))
            {
                continue;
            }

            switch (precision)
            {
                case "day":
                    break;
                case "month" when date.Value.Day != 1:
                    violations.Add(new(ValidationRules.InvalidDate, target, $"{dateProperty} {date} has month precision but is not the 1st of the month"));
                    break;
                case "year" when date.Value.Day != 1 || date.Value.Month != 1:
                    violations.Add(new(ValidationRules.InvalidDate, target, $"{dateProperty} {date} has year precision but is not the 1st of January"));
                    break;
                case "month" or "year":
                    break;
                case null:
                    violations.Add(new(ValidationRules.InvalidDate, target, $"{dateProperty} {date} has no {precisionProperty}"));
                    break;
                default:
                    violations.Add(new(ValidationRules.InvalidDate, target, $"{precisionProperty} '{precision}' is not one of day, month, year"));
                    break;
            }
        }
    }

    /// <summary>A date of an agreement's term (<c>effective</c>, <c>expiry</c>) at its precision, or null when not a date.</summary>
    private static PartialDate? TermDate(IReadOnlyDictionary<string, object?> properties, string name) =>
        PartialDate.Read(properties.GetValueOrDefault(name + "Date"), properties.GetValueOrDefault(name + "DatePrecision"));

    private static void CheckDateQualifier(string target, IReadOnlyDictionary<string, object?> properties, List<Violation> violations)
    {
        var precision = properties.GetValueOrDefault("signedDatePrecision") ?? properties.GetValueOrDefault("datePrecision");
        if (PartialDate.QualifierProblem(properties.GetValueOrDefault("dateQualifier"), precision) is { } problem)
        {
            violations.Add(new(ValidationRules.InvalidDate, target, problem));
        }
    }

    private static void CheckInference(string target, IReadOnlyDictionary<string, object?> properties, List<Violation> violations)
    {
        if (Inference.Problem(properties.GetValueOrDefault(Inference.InferredProperty), properties.GetValueOrDefault(Inference.NoteProperty)) is { } problem)
        {
            violations.Add(new(ValidationRules.Inference, target, problem));
        }
    }

    // One party is enough only when counterpartyNote says, in words, that the source does not name the other side:
    // a blank note (or one that is not a string) documents nothing and is reported like a missing one.
    private async Task CheckPartiesAsync(List<Violation> violations, CancellationToken cancellationToken)
    {
        var rows = await read(
            "MATCH (a:Agreement) WITH a, COUNT { (a)<-[:PARTY_TO]-() } AS parties " +
            "WHERE parties < 2 RETURN a.key AS key, parties, a.counterpartyNote AS note",
            cancellationToken);
        foreach (var row in rows)
        {
            var parties = row.Get<int>("parties");
            var note = row["note"];
            if (parties == 1 && note is string text && !string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var why = parties != 1 ? $"has {parties} parties" : note is null ? "has 1 party and no counterpartyNote" : "has 1 party and a counterpartyNote that is blank or not text";
            violations.Add(new(ValidationRules.AgreementParties, row.Get<string?>("key") ?? "(agreement without key)", $"{why}; an agreement needs at least two"));
        }
    }

    private async Task CheckCitationsAsync(List<Violation> violations, CancellationToken cancellationToken)
    {
        foreach (var type in GraphModel.CitedTypes)
        {
            var rows = await read(
                $"MATCH (n:{GraphModel.Label(type)}) WHERE n.key IS NOT NULL AND NOT EXISTS {{ (n)-[:{GraphModel.CitedIn}]->(:Source) }} RETURN n.key AS key",
                cancellationToken);
            violations.AddRange(rows.Select(r => new Violation(ValidationRules.NodeWithoutSource, r.Get<string>("key"), "is cited in no source")));
        }

        var stray = await read(
            $"MATCH (n)-[:{GraphModel.CitedIn}]->(m) WHERE NOT m:Source RETURN n.key AS key, labels(m) AS labels, m.key AS target",
            cancellationToken);
        violations.AddRange(stray.Select(r => new Violation(ValidationRules.DanglingReference, r.Get<string?>("key") ?? "(node without key)",
            $"CITED_IN points at {r.Get<string?>("target") ?? "a node"} ({string.Join(":", GraphQueries.Strings(r["labels"]))}), not a Source")));

        var marked = await read(
            $"MATCH (n)-[c:{GraphModel.CitedIn}]->(s) WHERE c.{Inference.InferredProperty} IS NOT NULL OR c.{Inference.NoteProperty} IS NOT NULL " +
            "RETURN n.key AS key, s.key AS source, c",
            cancellationToken);
        foreach (var row in marked)
        {
            CheckInference($"{row.Get<string?>("key")}|{GraphModel.CitedIn}|{row.Get<string?>("source")}", row.Get<CypherRelationship>("c").Properties, violations);
        }
    }

    private static readonly (string Date, string? Precision, bool Required)[] LifecycleDates =
    [
        ("since", "sincePrecision", false), ("asOf", "asOfPrecision", false),
    ];

    // A lifecycle state lives on the citation whose sentence states it (see AgreementLifecycleStep): the state must be
    // one of the model's and stand on an agreement, its dates must fit their precision, and a "signed" state dated by
    // the same or another source must not contradict the signing date the agreement shows.
    private async Task CheckLifecycleAsync(List<Violation> violations, CancellationToken cancellationToken)
    {
        var rows = await read(
            $"MATCH (n)-[c:{GraphModel.CitedIn}]->(s) WHERE c.status IS NOT NULL OR c.since IS NOT NULL OR c.asOf IS NOT NULL " +
            "RETURN n.key AS key, labels(n) AS labels, n.signedDate AS signedDate, n.signedDatePrecision AS signedDatePrecision, s.key AS source, c",
            cancellationToken);
        foreach (var row in rows)
        {
            var target = $"{row.Get<string?>("key")}|{GraphModel.CitedIn}|{row.Get<string?>("source")}";
            var properties = row.Get<CypherRelationship>("c").Properties;
            var status = properties.GetValueOrDefault("status");
            if (GraphModel.TypeOfLabels(GraphQueries.Strings(row["labels"])) != EntityType.Agreement)
            {
                violations.Add(new(ValidationRules.Lifecycle, target, "a lifecycle state (status, since, asOf) is stated on a citation of an agreement only"));
                continue;
            }

            if (status is not string text || !GraphModel.AgreementLifecycle.Contains(text))
            {
                violations.Add(new(ValidationRules.Lifecycle, target,
                    $"status '{status ?? "none"}' is not one of {string.Join(", ", GraphModel.AgreementLifecycle)}"));
                continue;
            }

            CheckDates(target, properties, LifecycleDates, violations);
            if (text == "signed" && PartialDate.OfRelationship(properties, "since") is { } since
                && PartialDate.Read(row["signedDate"], row["signedDatePrecision"]) is { } signed && (since.Value, since.Precision) != (signed.Value, signed.Precision))
            {
                violations.Add(new(ValidationRules.Lifecycle, target, $"the signed state's date {since.Iso} differs from the agreement's signedDate {signed.Iso}"));
            }
        }
    }

    private async Task CheckQuotesAsync(List<Violation> violations, CancellationToken cancellationToken)
    {
        var findings = await CitationQuotes.CheckAsync(cypher => read(cypher, cancellationToken));
        violations.AddRange(findings.Misquotes.Select(m => new Violation(ValidationRules.Misquote, m.Citation.Target, m.Describe())));
    }

    private async Task CheckRelationshipsAsync(HashSet<string> sources, List<Violation> violations, CancellationToken cancellationToken)
    {
        var rows = await read(
            $"MATCH (a)-[r]->(b) WHERE type(r) <> '{GraphModel.CitedIn}' RETURN a.key AS start, labels(a) AS startLabels, r, b.key AS end, labels(b) AS endLabels",
            cancellationToken);
        foreach (var row in rows)
        {
            var startType = GraphModel.TypeOfLabels(GraphQueries.Strings(row["startLabels"]));
            var endType = GraphModel.TypeOfLabels(GraphQueries.Strings(row["endLabels"]));
            if (startType is null || endType is null)
            {
                continue;
            }

            var relationship = row.Get<CypherRelationship>("r");
            var target = $"{row.Get<string?>("start")}|{relationship.Type}|{row.Get<string?>("end")}";
            if (!GraphModel.Relationships.TryGetValue(relationship.Type, out var rule))
            {
                violations.Add(new(ValidationRules.RelationshipShape, target, $"{relationship.Type} is not a relationship type of the model"));
            }
            else if (!rule.From.Contains(startType.Value) || !rule.To.Contains(endType.Value))
            {
                violations.Add(new(ValidationRules.RelationshipShape, target, $"{relationship.Type} cannot join a {startType} to a {endType}"));
            }

            var properties = relationship.Properties;
            CheckDates(target, properties, RelationshipDates, violations);
            CheckInference(target, properties, violations);
            var relationshipSources = GraphQueries.Strings(properties.GetValueOrDefault("sources"));
            if (relationshipSources.Count == 0)
            {
                if (properties.GetValueOrDefault("basis") as string != "reference")
                {
                    violations.Add(new(ValidationRules.RelationshipWithoutSource, target, "has no sources (only the reference hierarchy may go without)"));
                }

                continue;
            }

            if (properties.GetValueOrDefault("quotes") is { } quotes && GraphQueries.Strings(quotes).Count != relationshipSources.Count)
            {
                violations.Add(new(ValidationRules.RelationshipWithoutSource, target,
                    $"has {relationshipSources.Count} sources but {GraphQueries.Strings(quotes).Count} quotes (they are parallel lists)"));
            }

            foreach (var source in relationshipSources.Distinct().Where(s => !sources.Contains(s)))
            {
                violations.Add(new(ValidationRules.DanglingReference, target, $"names source '{source}', which does not exist"));
            }
        }
    }
}
