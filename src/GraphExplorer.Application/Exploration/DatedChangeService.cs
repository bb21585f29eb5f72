using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// What appeared in the sources between two dates — agreements signed, events held, organisations that became
/// partners (party to an agreement together for the first time) and people who first appear (party to an agreement or
/// taking part in an event) — by the dates the sources give, at their precision (<see cref="Appearance"/>); not the
/// database's write history. Pairs come from agreements only: taking part in the same expo as ninety companies does
/// not make partners. Ties to undated agreements and events cannot be placed and are not counted.
/// </summary>
/// <remarks>
/// Reads every dated agreement and event and every tie of an organisation or person to one (four queries, O(ties)),
/// then decides in memory; pairs are O(Σ parties² per agreement). Thread-safe (stateless).
/// </remarks>
public sealed class DatedChangeService(IGraphDatabase database)
{
    public const int MaxItems = 5000;

    private readonly NodeCards cards = new(database);

    public async Task<DatedChanges> ChangesAsync(DateOnly from, DateOnly to, int first = 500, CancellationToken cancellationToken = default)
    {
        if (from > to)
        {
            throw ApplicationErrors.InvalidArgument("from", $"the window starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd})");
        }

        if (first is < 1 or > MaxItems)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 1 and {MaxItems}, got {first}");
        }

        var found = new List<(DatedChangeKind Kind, string Id, string? Other, string? Through, PartialDate Date, bool Uncertain)>();
        var dated = await DatedAsync(cancellationToken);
        foreach (var (id, date) in dated)
        {
            if (Appearance.InWindow([date], from, to) is { } appeared)
            {
                found.Add((GraphModel.TypeOfKey(id) == EntityType.Agreement ? DatedChangeKind.Agreement : DatedChangeKind.Event, id, null, null, appeared.First, appeared.Uncertain));
            }
        }

        var ties = await TiesAsync(cancellationToken);
        var pairs = ties
            .Where(t => GraphModel.TypeOfKey(t.Who) == EntityType.Organization && GraphModel.TypeOfKey(t.Via) == EntityType.Agreement)
            .GroupBy(t => t.Via, StringComparer.Ordinal)
            .SelectMany(agreement =>
            {
                var parties = agreement.Select(t => t.Who).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return parties.SelectMany((a, i) => parties.Skip(i + 1).Select(b => (Pair: (a, b), Via: agreement.Key)));
            })
            .GroupBy(p => p.Pair);
        foreach (var pair in pairs)
        {
            AddFirst(found, DatedChangeKind.PartnerPair, pair.Key.a, pair.Key.b, [.. pair.Select(p => p.Via)], dated, from, to);
        }

        foreach (var person in ties.Where(t => GraphModel.TypeOfKey(t.Who) == EntityType.Person).GroupBy(t => t.Who, StringComparer.Ordinal))
        {
            AddFirst(found, DatedChangeKind.Person, person.Key, null, [.. person.Select(t => t.Via)], dated, from, to);
        }

        var ordered = found
            .OrderBy(f => f.Date.Earliest)
            .ThenBy(f => f.Date.Latest)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Other, StringComparer.Ordinal)
            .ToList();
        var kept = ordered.Take(first).ToList();
        var nodes = await cards.GraphNodesAsync(kept.SelectMany(f => new[] { f.Id, f.Other, f.Through }).OfType<string>().Distinct(StringComparer.Ordinal), cancellationToken);
        var citations = await cards.NodeCitationsAsync(kept.Select(f => f.Kind == DatedChangeKind.PartnerPair ? f.Through! : f.Id).Distinct(StringComparer.Ordinal), cancellationToken);
        var items = kept
            .Where(f => nodes.ContainsKey(f.Id))
            .Select(f => new DatedChange(
                f.Kind,
                nodes[f.Id],
                f.Other is null ? null : nodes.GetValueOrDefault(f.Other),
                f.Through is null ? null : nodes.GetValueOrDefault(f.Through),
                f.Date,
                f.Uncertain,
                citations.GetValueOrDefault(f.Kind == DatedChangeKind.PartnerPair ? f.Through! : f.Id) ?? []))
            .ToList();
        return new DatedChanges(from, to, items, await UndatedAsync(cancellationToken), ordered.Count > first);
    }

    /// <summary>Adds a pair or person when its first tie falls in the window; its date and <c>through</c> are those of that tie.</summary>
    private static void AddFirst(
        List<(DatedChangeKind, string, string?, string?, PartialDate, bool)> found,
        DatedChangeKind kind,
        string id,
        string? other,
        IReadOnlyList<string> vias,
        IReadOnlyDictionary<string, PartialDate> dated,
        DateOnly from,
        DateOnly to)
    {
        var dates = vias.Distinct(StringComparer.Ordinal).Where(dated.ContainsKey).Select(v => (Via: v, Date: dated[v])).ToList();
        if (Appearance.InWindow([.. dates.Select(d => d.Date)], from, to) is not { } appeared)
        {
            return;
        }

        var through = dates.Where(d => d.Date == appeared.First).Select(d => d.Via).Order(StringComparer.Ordinal).First();
        found.Add((kind, id, other, through, appeared.First, appeared.Uncertain));
    }

    /// <summary>Every dated agreement (signing date) and event (start date) with its date at its precision.</summary>
    private async Task<Dictionary<string, PartialDate>> DatedAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        foreach (var (label, date, precision) in new[] { ("Agreement", "signedDate", "signedDatePrecision"), ("Event", "startDate", "datePrecision") })
        {
            var rows = await database.ReadAsync(
                $"MATCH (n:{label}) WHERE n.{date} IS NOT NULL " +
                $"RETURN n.key AS key, n.{date} AS date, n.{precision} AS precision, n.dateQualifier AS qualifier, n.dateText AS text, n.dateNote AS note",
                GraphQueries.Parameters(),
                cancellationToken);
            foreach (var row in rows)
            {
                if (PartialDate.Read(row["date"], row["precision"], row["qualifier"], row["text"], row["note"]) is { } value)
                {
                    result[row.Get<string>("key")] = value;
                }
            }
        }

        return result;
    }

    /// <summary>Organisations' agreements (<c>PARTY_TO</c>) and people's agreements and events (<c>PARTY_TO</c>, <c>PARTICIPATED_IN</c>).</summary>
    private async Task<List<(string Who, string Via)>> TiesAsync(CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(
            "MATCH (o:Organization)-[:PARTY_TO]->(a:Agreement) RETURN o.key AS who, a.key AS via " +
            "UNION ALL MATCH (p:Person)-[:PARTY_TO|PARTICIPATED_IN]->(x) WHERE x:Agreement OR x:Event RETURN p.key AS who, x.key AS via",
            GraphQueries.Parameters(),
            cancellationToken);
        return [.. rows.Select(r => (r.Get<string>("who"), r.Get<string>("via")))];
    }

    private async Task<int> UndatedAsync(CancellationToken cancellationToken)
    {
        var undated = 0;
        foreach (var (label, date) in new[] { ("Agreement", "signedDate"), ("Event", "startDate") })
        {
            var rows = await database.ReadAsync($"MATCH (n:{label}) WHERE n.{date} IS NULL RETURN count(n) AS undated", GraphQueries.Parameters(), cancellationToken);
            undated += rows.Single().Get<int>("undated");
        }

        return undated;
    }
}
