using GraphExplorer.Application.Listing;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Listing;

/// <summary>Sorting by a date known to the day, month or year: by the start of its interval, then precision, then id.</summary>
public sealed class DateOrderTests
{
    [Fact]
    public async Task Events_starting_together_sort_finer_precision_first_then_by_id_and_DESC_reverses_both()
    {
        await using var database = await TestBackend.CreateDatabaseAsync();
        await using (var session = database.OpenSession())
        {
            await session.RunAsync("""
                UNWIND [
                  {key: 'evt:b-year', date: date('2025-01-01'), precision: 'year'},
                  {key: 'evt:a-year', date: date('2025-01-01'), precision: 'year'},
                  {key: 'evt:c-month', date: date('2025-01-01'), precision: 'month'},
                  {key: 'evt:d-day', date: date('2025-01-01'), precision: 'day'},
                  {key: 'evt:e-later-day', date: date('2025-01-02'), precision: 'day'},
                  {key: 'evt:f-undated', date: null, precision: null}
                ] AS row
                CREATE (e:Event {key: row.key, name: row.key, kind: 'workshop'})
                SET e.startDate = row.date, e.datePrecision = row.precision
                """);
        }

        var service = new ListService(database);
        var ascending = await service.EventsAsync(orderBy: [new SortOrder("START_DATE")], first: 10);
        var descending = await service.EventsAsync(orderBy: [new SortOrder("START_DATE", Descending: true)], first: 10);

        ascending.Nodes.Select(n => n.Id).Should().Equal(
            "evt:d-day", "evt:c-month", "evt:a-year", "evt:b-year", "evt:e-later-day", "evt:f-undated");
        descending.Nodes.Select(n => n.Id).Should().Equal(
            "evt:f-undated", "evt:e-later-day", "evt:a-year", "evt:b-year", "evt:c-month", "evt:d-day");
    }
}
