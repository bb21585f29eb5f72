using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Agreements (by signing date) and events (by start date) in date order, with the precision of each date; undated
/// ones are left out (a timeline cannot place them). Ties: start of the same day/month/year by precision (finer
/// first), then title, then id. Thread-safe (stateless).
/// </summary>
public sealed class TimelineService(IGraphDatabase database)
{
    public const int MaxItems = 5000;

    public async Task<IReadOnlyList<TimelineItem>> TimelineAsync(GraphFilter? filter = null, int first = 200, CancellationToken cancellationToken = default)
    {
        if (first is < 1 or > MaxItems)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 1 and {MaxItems}, got {first}");
        }

        filter ??= GraphFilter.None;
        filter.Validate();
        var items = new List<TimelineItem>();
        foreach (var (type, dateProperty, precisionProperty) in new[]
        {
            (EntityType.Agreement, "signedDate", "signedDatePrecision"),
            (EntityType.Event, "startDate", "datePrecision"),
        })
        {
            var parameters = GraphQueries.Parameters(("first", (long)first));
            var condition = filter.ToCypher("n", type, parameters);
            var rows = await database.ReadAsync(
                $"MATCH (n:{GraphModel.Label(type)}) WHERE n.{dateProperty} IS NOT NULL AND {condition} " +
                $"RETURN n ORDER BY n.{dateProperty}, n.key LIMIT $first",
                parameters,
                cancellationToken);
            foreach (var row in rows)
            {
                if (NodeCards.ToEntity(row.Get<CypherNode>("n")) is not { } entity || entity[dateProperty] is not CypherDate date)
                {
                    continue;
                }

                items.Add(new TimelineItem(
                    entity,
                    type == EntityType.Agreement ? TimelineItemType.Agreement : TimelineItemType.Event,
                    date,
                    entity["endDate"] as CypherDate?,
                    entity[precisionProperty] as string,
                    entity.Name,
                    entity.Kind ?? "")
                {
                    Start = PartialDate.Read(date, entity[precisionProperty], entity["dateQualifier"], entity["dateText"], entity["dateNote"])!,
                    End = PartialDate.Read(entity["endDate"], entity[precisionProperty]),
                });
            }
        }

        return [.. items
            .OrderBy(i => i.Date.Value)
            .ThenBy(i => PrecisionRank(i.DatePrecision))
            .ThenBy(i => i.Title, StringComparer.Ordinal)
            .ThenBy(i => i.Entity.Id, StringComparer.Ordinal)
            .Take(first)];
    }

    private static int PrecisionRank(string? precision) => precision switch { "day" => 0, "month" => 1, "year" => 2, _ => 3 };
}
