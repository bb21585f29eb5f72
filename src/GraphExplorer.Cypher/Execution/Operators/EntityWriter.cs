using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>The writes shared by CREATE, MERGE, SET and REMOVE, with Neo4j's counting of side effects.</summary>
internal static class EntityWriter
{
    /// <summary>Checks that a value can be stored as a property and returns its stored form.</summary>
    public static object? Storable(object? value, Syntax.Ast.SyntaxNode? at)
    {
        switch (value)
        {
            case null or long or double or string or bool:
                return value;
            case CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration or CypherPoint:
                return value;
            case IReadOnlyList<object?> list:
                {
                    var copy = new List<object?>(list.Count);
                    foreach (var item in list)
                    {
                        if (item is null or IReadOnlyList<object?> or IReadOnlyDictionary<string, object?> or NodeValue or RelationshipValue or PathValue)
                        {
                            throw CypherErrors.TypeError("InvalidPropertyType",
                                $"Property values can only be of primitive types or arrays thereof, not a list containing {Operations.TypeName(item)}", at);
                        }

                        copy.Add(item);
                    }

                    return copy;
                }

            default:
                throw CypherErrors.TypeError("InvalidPropertyType",
                    $"Property values can only be of primitive types or arrays thereof, not {Operations.TypeName(value)}", at);
        }
    }

    public static void SetProperty(object? target, string key, object? value, QueryContext ctx, Syntax.Ast.SyntaxNode at)
    {
        var stored = Storable(value, at);
        switch (target)
        {
            case null:
                return;
            case NodeValue n:
                {
                    var existed = ctx.Node(n).Properties.Get(key) is not null;
                    if (ctx.Writer.SetNodeProperty(n.Id, key, stored))
                    {
                        Count(ctx, stored is not null, existed);
                    }

                    return;
                }

            case RelationshipValue r:
                {
                    var existed = ctx.Relationship(r).Properties.Get(key) is not null;
                    if (ctx.Writer.SetRelationshipProperty(r.Id, key, stored))
                    {
                        Count(ctx, stored is not null, existed);
                    }

                    return;
                }

            default:
                throw CypherErrors.InvalidArgumentType($"Properties can only be set on nodes and relationships, not on a {Operations.TypeName(target)}", at);
        }
    }

    private static void Count(QueryContext ctx, bool set, bool existed)
    {
        if (set)
        {
            ctx.Statistics.PropertiesSet++;
        }
        else if (existed)
        {
            ctx.Statistics.PropertiesRemoved++;
        }
    }

    /// <summary>SET n = map (replace) or SET n += map (merge).</summary>
    public static void SetProperties(object? target, object? source, bool merge, QueryContext ctx, Syntax.Ast.SyntaxNode at)
    {
        if (target is null)
        {
            return;
        }

        IReadOnlyDictionary<string, object?> map = source switch
        {
            null => new Dictionary<string, object?>(),
            IReadOnlyDictionary<string, object?> m => m,
            NodeValue n => Functions.FunctionLibrary.MapOf(ctx.Node(n).Properties),
            RelationshipValue r => Functions.FunctionLibrary.MapOf(ctx.Relationship(r).Properties),
            _ => throw CypherErrors.InvalidArgumentType($"SET needs a map, node or relationship on its right, got {Operations.TypeName(source)}", at),
        };
        if (!merge)
        {
            var existing = target switch
            {
                NodeValue n => ctx.Node(n).Properties,
                RelationshipValue r => ctx.Relationship(r).Properties,
                _ => throw CypherErrors.InvalidArgumentType($"Properties can only be set on nodes and relationships, not on a {Operations.TypeName(target)}", at),
            };
            foreach (var entry in existing.Entries.ToArray())
            {
                if (!map.ContainsKey(entry.Key) || map[entry.Key] is null)
                {
                    SetProperty(target, entry.Key, null, ctx, at);
                }
            }
        }

        foreach (var (key, value) in map)
        {
            SetProperty(target, key, value, ctx, at);
        }
    }

    public static NodeValue CreateNode(IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?>? properties, QueryContext ctx, Syntax.Ast.SyntaxNode at)
    {
        var map = PropertyMap.Empty;
        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                var stored = Storable(value, at);
                if (stored is not null)
                {
                    map = map.With(key, stored);
                }
            }
        }

        var node = ctx.Writer.CreateNode(labels, map);
        ctx.Statistics.NodesCreated++;
        ctx.Statistics.LabelsAdded += node.Labels.Length;
        ctx.Statistics.PropertiesSet += map.Count;
        return new NodeValue(node.Id);
    }

    public static RelationshipValue CreateRelationship(string type, NodeValue start, NodeValue end, IReadOnlyDictionary<string, object?>? properties, QueryContext ctx, Syntax.Ast.SyntaxNode at)
    {
        ctx.Node(start);
        ctx.Node(end);
        var map = PropertyMap.Empty;
        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                var stored = Storable(value, at);
                if (stored is not null)
                {
                    map = map.With(key, stored);
                }
            }
        }

        var rel = ctx.Writer.CreateRelationship(type, start.Id, end.Id, map);
        ctx.Statistics.RelationshipsCreated++;
        ctx.Statistics.PropertiesSet += map.Count;
        return QueryContext.ValueOf(rel);
    }

    public static void Delete(object? value, bool detach, QueryContext ctx, Syntax.Ast.SyntaxNode at)
    {
        switch (value)
        {
            case null:
                return;
            case NodeValue n:
                {
                    var record = ctx.Graph.GetNode(n.Id);
                    if (record is null || record.Deleted)
                    {
                        return;
                    }

                    if (detach)
                    {
                        var ids = new List<long>();
                        for (var i = 0; i < record.OutgoingCount; i++)
                        {
                            ids.Add(record.Outgoing[i].RelationshipId);
                        }

                        for (var i = 0; i < record.IncomingCount; i++)
                        {
                            ids.Add(record.Incoming[i].RelationshipId);
                        }

                        foreach (var id in ids.Distinct())
                        {
                            if (ctx.Writer.DeleteRelationship(id))
                            {
                                ctx.Statistics.RelationshipsDeleted++;
                            }
                        }
                    }

                    if (ctx.Writer.DeleteNode(n.Id))
                    {
                        ctx.Statistics.NodesDeleted++;
                    }

                    return;
                }

            case RelationshipValue r:
                if (ctx.Writer.DeleteRelationship(r.Id))
                {
                    ctx.Statistics.RelationshipsDeleted++;
                }

                return;
            case PathValue p:
                foreach (var r in p.Relationships)
                {
                    Delete(r, detach, ctx, at);
                }

                foreach (var n in p.Nodes)
                {
                    Delete(n, detach, ctx, at);
                }

                return;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    Delete(item, detach, ctx, at);
                }

                return;
            default:
                throw CypherErrors.InvalidArgumentType($"DELETE needs a node, relationship or path, got {Operations.TypeName(value)}", at);
        }
    }
}
