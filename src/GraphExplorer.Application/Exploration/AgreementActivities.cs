using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Reads the dated activities of agreements (<see cref="AgreementActivity"/>) and judges their dormancy
/// (<see cref="AgreementDormancy"/>): six index lookups per batch of keys. Thread-safe (stateless).
/// </summary>
internal sealed class AgreementActivities(IGraphDatabase database)
{
    /// <summary>The agreements that implement, reinforce or build on it, or that it builds on.</summary>
    private const string Related = "IMPLEMENTS|REINFORCED_BY|BUILDS_ON";

    private readonly NodeCards cards = new(database);

    /// <summary>The dormancy of each agreement of <paramref name="keys"/> that has one (see <see cref="AgreementDormancy.Derive"/>).</summary>
    public async Task<Dictionary<string, AgreementDormancy>> DormancyAsync(IReadOnlyCollection<string> keys, int afterYears, DateOnly today, CancellationToken cancellationToken)
    {
        var activities = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => new List<AgreementActivity>(), StringComparer.Ordinal);
        var parameters = GraphQueries.Parameters(("keys", activities.Keys.ToList()));
        foreach (var (pattern, kind) in new[]
        {
            ("(x:Agreement {key: k}) WHERE x.signedDate IS NOT NULL RETURN k AS key, null AS other, x.signedDate AS date, x.signedDatePrecision AS precision", AgreementActivityKind.Signed),
            ("(:Agreement {key: k})-[:SIGNED_AT]->(x:Event) WHERE x.startDate IS NOT NULL RETURN k AS key, x.key AS other, x.startDate AS date, x.datePrecision AS precision", AgreementActivityKind.Event),
            ($"(:Agreement {{key: k}})-[:{Related}]-(x:Agreement) WHERE x.signedDate IS NOT NULL RETURN k AS key, x.key AS other, x.signedDate AS date, x.signedDatePrecision AS precision", AgreementActivityKind.RelatedAgreement),
            ("(x:Agreement {key: k}) WHERE x.effectiveDate IS NOT NULL RETURN k AS key, null AS other, x.effectiveDate AS date, x.effectiveDatePrecision AS precision", AgreementActivityKind.Effective),
        })
        {
            var rows = await database.ReadAsync($"UNWIND $keys AS k MATCH {pattern}", parameters, cancellationToken);
            foreach (var row in rows)
            {
                if (PartialDate.Read(row["date"], row["precision"]) is { } date && activities.TryGetValue(row.Get<string>("key"), out var list))
                {
                    list.Add(new AgreementActivity(kind, date, row["other"] as string));
                }
            }
        }

        // The expiry of its term: an agreement whose term has run out ended, it is not dormant.
        var expiries = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        foreach (var row in await database.ReadAsync(
            "UNWIND $keys AS k MATCH (x:Agreement {key: k}) WHERE x.expiryDate IS NOT NULL RETURN k AS key, x.expiryDate AS date, x.expiryDatePrecision AS precision", parameters, cancellationToken))
        {
            if (PartialDate.Read(row["date"], row["precision"]) is { } expiry)
            {
                expiries[row.Get<string>("key")] = expiry;
            }
        }

        var lifecycles = await cards.AgreementLifecyclesAsync(activities.Keys, cancellationToken);
        var result = new Dictionary<string, AgreementDormancy>(StringComparer.Ordinal);
        foreach (var (key, list) in activities)
        {
            var steps = lifecycles.GetValueOrDefault(key) ?? [];
            list.AddRange(steps.Where(s => s.When is not null).Select(s => new AgreementActivity(AgreementActivityKind.State, s.When!, Status: s.Status)));
            if (AgreementDormancy.Derive(list, steps.LastOrDefault()?.Status, expiries.GetValueOrDefault(key), afterYears, today) is { } dormancy)
            {
                result[key] = dormancy;
            }
        }

        return result;
    }
}
