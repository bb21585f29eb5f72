using System.Text.Json;
using GraphExplorer.Database;

namespace GraphExplorer.QueryApi;

/// <summary>
/// A PROFILE statement's plan as the Query API's <c>profiledQueryPlan</c>
/// (https://neo4j.com/docs/query-api/current/profile-query/): per operator <c>dbHits</c>, <c>records</c>,
/// <c>hasPageCacheStats</c>, the page cache counters, <c>time</c>, <c>operatorType</c> (with <c>@database</c>),
/// <c>arguments</c>, <c>identifiers</c> and <c>children</c>. Arguments are plain JSON, as Neo4j writes them.
/// </summary>
internal static class QueryApiProfiledPlan
{
    public static void Write(Utf8JsonWriter writer, ProfiledPlan plan, string database)
    {
        writer.WriteStartObject("profiledQueryPlan");
        WriteOperator(writer, plan, database);
        writer.WriteEndObject();
    }

    private static void WriteOperator(Utf8JsonWriter writer, ProfiledPlan plan, string database)
    {
        writer.WriteNumber("dbHits", plan.DbHits);
        writer.WriteNumber("records", plan.Rows);
        writer.WriteBoolean("hasPageCacheStats", plan.HasPageCacheStats);
        writer.WriteNumber("pageCacheHits", plan.PageCacheHits);
        writer.WriteNumber("pageCacheMisses", plan.PageCacheMisses);
        writer.WriteNumber("pageCacheHitRatio", plan.PageCacheHitRatio);
        writer.WriteNumber("time", plan.TimeNanoseconds);
        writer.WriteString("operatorType", $"{plan.OperatorType}@{database}");
        writer.WriteStartObject("arguments");
        foreach (var (name, value) in plan.Arguments)
        {
            writer.WritePropertyName(name);
            QueryApiPlainJson.WriteValue(writer, value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("identifiers");
        foreach (var identifier in plan.Identifiers)
        {
            writer.WriteStringValue(identifier);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("children");
        foreach (var child in plan.Children)
        {
            writer.WriteStartObject();
            WriteOperator(writer, child, database);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
