using System.Collections.Immutable;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>Mutations and property values covering every case the storage contract allows.</summary>
internal static class SampleMutations
{
    /// <summary>Every kind of storable value, including the edges of each type.</summary>
    public static TheoryData<string, object?> Values() => new()
    {
        { "null", null },
        { "true", true },
        { "false", false },
        { "zero", 0L },
        { "minus one", -1L },
        { "long max", long.MaxValue },
        { "long min", long.MinValue },
        { "double", 3.25 },
        { "negative zero", -0.0 },
        { "NaN", double.NaN },
        { "NaN with payload", BitConverter.Int64BitsToDouble(0x7FF8_0000_DEAD_BEEF) },
        { "+Infinity", double.PositiveInfinity },
        { "-Infinity", double.NegativeInfinity },
        { "double epsilon", double.Epsilon },
        { "double max", double.MaxValue },
        { "empty string", "" },
        { "ascii string", "Hello, journal" },
        { "unicode string", "Łódź – 東京 – Ελληνικά – 🚀" },
        { "string with NUL", "a\0b" },
        { "lone high surrogate", "x\uD83Dy" },
        { "lone low surrogate", "\uDE80" },
        { "long string", new string('z', 100_000) },
        { "empty list", new List<object?>() },
        { "list of longs", new List<object?> { 1L, 2L, 3L } },
        { "mixed list", new List<object?> { 1L, "two", 3.0, true, null, new CypherDate(new DateOnly(2024, 2, 29)) } },
        { "nested lists", new List<object?> { new List<object?>(), new List<object?> { new List<object?> { "deep" } } } },
        { "array", new object?[] { "a", 1L } },
        { "date", new CypherDate(new DateOnly(2024, 2, 29)) },
        { "date min", new CypherDate(DateOnly.MinValue) },
        { "date max", new CypherDate(DateOnly.MaxValue) },
        { "date of neo4j's first year", new CypherDate(CivilDate.MinValue) },
        { "date of neo4j's last year", new CypherDate(CivilDate.MaxValue) },
        { "local date time in year zero", new CypherLocalDateTime(new CivilDate(0, 2, 29), 1) },
        { "date time beyond year 9999", new CypherDateTime(new CivilDate(10_000, 1, 1), 0, 3600, "Europe/Paris") },
        { "local time", new CypherLocalTime(12L * 3600 * 1_000_000_000 + 123_456_789) },
        { "local time last nanosecond", new CypherLocalTime(86_400_000_000_000 - 1) },
        { "time", new CypherTime(1_000_000_001, -5 * 3600) },
        { "time with +14:00", new CypherTime(0, 14 * 3600) },
        { "local date time", new CypherLocalDateTime(new DateOnly(1999, 12, 31), 86_399_999_999_999) },
        { "date time with zone", new CypherDateTime(new DateOnly(2023, 3, 26), 7_200_000_000_000, 7200, "Europe/Luxembourg") },
        { "date time without zone", new CypherDateTime(new DateOnly(1, 1, 1), 0, -64800, null) },
        { "date time with empty zone", new CypherDateTime(new DateOnly(2000, 1, 1), 1, 0, "") },
        { "duration", new CypherDuration(14, -3, 3661, 500) },
        { "duration extremes", new CypherDuration(long.MaxValue, long.MinValue, long.MinValue, 999_999_999) },
        { "cartesian point", new CypherPoint(7203, -0.0, double.MaxValue) },
        { "WGS-84 3D point", new CypherPoint(4979, 6.13, 49.61, double.NaN) },
        { "list of points", new List<object?> { new CypherPoint(4326, 1, 2), new CypherPoint(9157, 1, 2, 3) } },
    };

    /// <summary>Every mutation type, with labels, key lists and property maps.</summary>
    public static IReadOnlyList<GraphMutation> EveryMutation()
    {
        var properties = ImmutableDictionary<string, object>.Empty
            .Add("name", "Université du Luxembourg")
            .Add("founded", 2003L)
            .Add("score", double.NaN)
            .Add("tags", new List<object?> { "research", "EU" })
            .Add("since", new CypherDate(new DateOnly(2019, 5, 1)))
            .Add("", "empty key");
        return
        [
            new CreateIndex("org_name", false, "Organisation", ["name"]),
            new CreateIndex("rel_since", true, "PARTNERS_WITH", ["since", "until"]),
            new CreateConstraint("org_key", false, "Organisation", ["name", "country"], "NODE KEY"),
            new CreateConstraint("rel_nn", true, "SIGNED", ["date"], "NOT NULL"),
            new CreateFullTextIndex("org_text", false, ["Organisation", "Ünïcödé label"], ["name", "tags"], "standard-folding", true),
            new CreateNode(0, ["Organisation", "University"], properties),
            new CreateNode(long.MaxValue, [], ImmutableDictionary<string, object>.Empty),
            new CreateNode(-1, ["Ünïcödé label"], ImmutableDictionary<string, object>.Empty.Add("k", true)),
            new CreateRelationship(7, "PARTNERS_WITH", 0, long.MaxValue, properties.Remove("")),
            new CreateRelationship(8, "SELF", 0, 0, ImmutableDictionary<string, object>.Empty),
            new SetNodeProperty(0, "updated", new CypherDateTime(new DateOnly(2024, 1, 1), 0, 3600, "Europe/Paris")),
            new SetNodeProperty(0, "name", null),
            new SetRelationshipProperty(7, "weight", -0.0),
            new SetRelationshipProperty(7, "weight", null),
            new AddLabel(0, "Partner"),
            new RemoveLabel(0, "University"),
            new DeleteRelationship(8),
            new DeleteRelationship(7),
            new DeleteNode(-1),
            new DropConstraint("rel_nn"),
            new DropIndex("rel_since"),
        ];
    }

    /// <summary>A small deterministic transaction numbered <paramref name="n"/>, for journal tests.</summary>
    public static IReadOnlyList<GraphMutation> Transaction(long n) =>
    [
        new CreateNode(n, ["T"], ImmutableDictionary<string, object>.Empty.Add("n", n).Add("text", new string('x', (int)(n % 7)))),
        new SetNodeProperty(n, "double", n / 3.0),
    ];
}
