using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Functions;

internal static partial class FunctionLibrary
{
    private static void AddTemporalFunctions(Action<FunctionDefinition> add)
    {
        add(new("date", 0, 1, (a, c) => a.Length == 0 ? new CypherDate((CivilDate)DateOnly.FromDateTime(c.Now)) : TemporalConstruction.Date(a[0])) { Volatile = true });
        add(new("localtime", 0, 1, (a, c) => a.Length == 0 ? new CypherLocalTime(c.Now.TimeOfDay.Ticks * 100) : TemporalConstruction.LocalTime(a[0])) { Volatile = true });
        add(new("time", 0, 1, (a, c) => a.Length == 0 ? new CypherTime(c.Now.TimeOfDay.Ticks * 100, 0) : TemporalConstruction.Time(a[0])) { Volatile = true });
        add(new("localdatetime", 0, 1, (a, c) => a.Length == 0
            ? new CypherLocalDateTime((CivilDate)DateOnly.FromDateTime(c.Now), c.Now.TimeOfDay.Ticks * 100)
            : TemporalConstruction.LocalDateTime(a[0])) { Volatile = true });
        add(new("datetime", 0, 1, (a, c) => a.Length == 0
            ? new CypherDateTime((CivilDate)DateOnly.FromDateTime(c.Now), c.Now.TimeOfDay.Ticks * 100, 0, null)
            : TemporalConstruction.DateTime(a[0])) { Volatile = true });
        add(new("datetime.fromepoch", 2, 2, (a, _) => TemporalConstruction.FromEpoch(AsLong(a[0], "datetime.fromepoch"), AsLong(a[1], "datetime.fromepoch"))));
        add(new("datetime.fromepochmillis", 1, 1, (a, _) =>
        {
            var millis = AsLong(a[0], "datetime.fromepochmillis");
            return TemporalConstruction.FromEpoch(Math.DivRem(millis, 1000).Quotient - (millis % 1000 < 0 ? 1 : 0), ((millis % 1000) + 1000) % 1000 * 1_000_000);
        }));
        add(new("duration", 1, 1, (a, _) => TemporalConstruction.Duration(a[0])));
        add(new("duration.between", 2, 2, (a, _) => Temporal.Between(a[0]!, a[1]!)));
        add(new("duration.inmonths", 2, 2, (a, _) => Temporal.Between(a[0]!, a[1]!, DurationUnit.Months)));
        add(new("duration.indays", 2, 2, (a, _) => Temporal.Between(a[0]!, a[1]!, DurationUnit.Days)));
        add(new("duration.inseconds", 2, 2, (a, _) => Temporal.Between(a[0]!, a[1]!, DurationUnit.Seconds)));
        foreach (var kind in new[] { "date", "localtime", "time", "localdatetime", "datetime" })
        {
            var k = kind;
            add(new(k + ".truncate", 2, 3, (a, _) => TemporalTruncation.Truncate(k, AsString(a[0], k + ".truncate"), a[1]!,
                a.Length > 2 ? a[2] as IReadOnlyDictionary<string, object?> : null)));
            add(new(k + ".transaction", 0, 1, (a, c) => Find(k)!.Body(a, c)) { Volatile = true });
            add(new(k + ".statement", 0, 1, (a, c) => Find(k)!.Body(a, c)) { Volatile = true });
            add(new(k + ".realtime", 0, 1, (a, c) => Find(k)!.Body(a, c)) { Volatile = true });
        }
    }
}
