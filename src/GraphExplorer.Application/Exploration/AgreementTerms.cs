using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Reads the expiry and renewal dates of agreements and judges their term (<see cref="AgreementTerm"/>): one index
/// lookup per batch of keys, and the lifecycles of those that give a date. Thread-safe (stateless).
/// </summary>
internal sealed class AgreementTerms(IGraphDatabase database)
{
    private readonly NodeCards cards = new(database);

    /// <summary>The term of each agreement of <paramref name="keys"/> that has one to flag on <paramref name="today"/>.</summary>
    public async Task<Dictionary<string, AgreementTerm>> TermsAsync(IReadOnlyCollection<string> keys, int withinMonths, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(
            $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(EntityType.Agreement)} {{key: k}}) " +
            $"WHERE {Visible.And("n.expiryDate IS NOT NULL OR n.renewalDate IS NOT NULL", "n")} RETURN k AS key, n",
            GraphQueries.Parameters(("keys", keys.Distinct(StringComparer.Ordinal).ToList())),
            cancellationToken);
        var dated = rows.ToDictionary(r => r.Get<string>("key"), r => r.Get<Database.Values.CypherNode>("n").Properties, StringComparer.Ordinal);
        var lifecycles = dated.Count == 0 ? [] : await cards.AgreementLifecyclesAsync(dated.Keys, cancellationToken);
        var result = new Dictionary<string, AgreementTerm>(StringComparer.Ordinal);
        foreach (var (key, properties) in dated)
        {
            if (AgreementTerm.Derive(TermDate(properties, "expiry"), TermDate(properties, "renewal"), lifecycles.GetValueOrDefault(key) ?? [], withinMonths, today) is { } term)
            {
                result[key] = term;
            }
        }

        return result;
    }

    /// <summary>
    /// A date of an agreement's term (<c>effective</c>, <c>expiry</c>, <c>renewal</c>): <c>…Date</c> with its
    /// <c>…DatePrecision</c> and, as its note, its <c>…DateBasis</c> (how it was dated).
    /// </summary>
    public static PartialDate? TermDate(IReadOnlyDictionary<string, object?> properties, string name) =>
        PartialDate.Read(properties.GetValueOrDefault(name + "Date"), properties.GetValueOrDefault(name + "DatePrecision"), note: properties.GetValueOrDefault(name + "DateBasis"));
}
