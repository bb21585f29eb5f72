using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

internal sealed partial class QueryCompiler
{
    /// <summary>CREATE/DROP INDEX, CREATE/DROP CONSTRAINT and SHOW INDEXES/CONSTRAINTS as one-operator pipelines.</summary>
    private CompiledQuery CompileSchemaStatement(Statement statement)
    {
        string[] columns = [];
        Func<QueryContext, IEnumerable<object?[]>> run;
        var writes = true;
        switch (statement)
        {
            case CreateIndexStatement create:
                {
                    var index = new IndexDefinition(
                        create.Name ?? DefaultName("index", create.LabelOrType, create.Properties),
                        create.Entity == SchemaEntity.Relationship,
                        create.LabelOrType,
                        create.Properties,
                        string.IsNullOrEmpty(create.IndexType) ? "RANGE" : create.IndexType.ToUpperInvariant(),
                        false);
                    run = ctx =>
                    {
                        var exists = ctx.Writer.Schema.Indexes.Any(i => i.Name == index.Name
                            || (i.OnRelationships == index.OnRelationships && i.Covers(index.LabelOrType, index.Properties)));
                        if (exists && !create.IfNotExists)
                        {
                            throw CypherErrors.SchemaError("EquivalentSchemaRuleAlreadyExists",
                                $"An equivalent index already exists for {index.LabelOrType}({string.Join(", ", index.Properties)})", create);
                        }

                        if (ctx.Writer.CreateIndex(index))
                        {
                            ctx.Statistics.IndexesAdded++;
                        }

                        return [];
                    };
                    break;
                }

            case DropIndexStatement drop:
                run = ctx =>
                {
                    if (ctx.Writer.DropIndex(drop.Name))
                    {
                        ctx.Statistics.IndexesRemoved++;
                    }
                    else if (!drop.IfExists)
                    {
                        throw CypherErrors.SchemaError("IndexDropFailed", $"Unable to drop index: there is no index called '{drop.Name}'", drop);
                    }

                    return [];
                };
                break;
            case CreateConstraintStatement create:
                {
                    var kind = create.Kind switch
                    {
                        ConstraintKind.Unique => "UNIQUE",
                        ConstraintKind.NotNull => "NOT NULL",
                        _ => "NODE KEY",
                    };
                    var constraint = new ConstraintDefinition(
                        create.Name ?? DefaultName("constraint", create.LabelOrType, create.Properties),
                        create.Entity == SchemaEntity.Relationship,
                        create.LabelOrType,
                        create.Properties,
                        kind);
                    run = ctx =>
                    {
                        var exists = ctx.Writer.Schema.Constraints.Any(c => c.Name == constraint.Name
                            || (c.LabelOrType == constraint.LabelOrType && c.Properties.SequenceEqual(constraint.Properties) && c.Kind == constraint.Kind));
                        if (exists && !create.IfNotExists)
                        {
                            throw CypherErrors.SchemaError("EquivalentSchemaRuleAlreadyExists",
                                $"An equivalent constraint already exists for {constraint.LabelOrType}({string.Join(", ", constraint.Properties)})", create);
                        }

                        if (!exists && ctx.Writer.CreateConstraint(constraint))
                        {
                            ctx.Statistics.ConstraintsAdded++;
                        }

                        return [];
                    };
                    break;
                }

            case DropConstraintStatement drop:
                run = ctx =>
                {
                    if (ctx.Writer.DropConstraint(drop.Name))
                    {
                        ctx.Statistics.ConstraintsRemoved++;
                    }
                    else if (!drop.IfExists)
                    {
                        throw CypherErrors.SchemaError("ConstraintDropFailed", $"Unable to drop constraint: there is no constraint called '{drop.Name}'", drop);
                    }

                    return [];
                };
                break;
            case ShowSchemaStatement { Constraints: false }:
                writes = false;
                columns = ["name", "type", "entityType", "labelsOrTypes", "properties", "owningConstraint"];
                run = ctx => ctx.Graph.Schema.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => new object?[]
                {
                    i.Name, i.IndexType, i.OnRelationships ? "RELATIONSHIP" : "NODE",
                    new List<object?> { i.LabelOrType }, i.Properties.Cast<object?>().ToList(), i.OwnedByConstraint ? i.Name : null,
                }).ToList();
                break;
            case ShowSchemaStatement:
                writes = false;
                columns = ["name", "type", "entityType", "labelsOrTypes", "properties"];
                run = ctx => ctx.Graph.Schema.Constraints.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new object?[]
                {
                    c.Name,
                    c.Kind switch { "UNIQUE" => "UNIQUENESS", "NOT NULL" => "NODE_PROPERTY_EXISTENCE", _ => "NODE_KEY" },
                    c.OnRelationships ? "RELATIONSHIP" : "NODE",
                    new List<object?> { c.LabelOrType }, c.Properties.Cast<object?>().ToList(),
                }).ToList();
                break;
            default:
                throw CypherErrors.Unsupported(statement.GetType().Name, statement);
        }

        var columnSlots = columns.Select(_ => slots.Next()).ToArray();
        var op = new FlatMapOperator(statement.GetType().Name.Replace("Statement", "", StringComparison.Ordinal), (_, ctx) => run(ctx));
        return new CompiledQuery
        {
            Parts = [new QueryPipeline([op], columns, columnSlots)],
            UnionDistinct = false,
            Columns = columns,
            Updating = writes,
            SlotCount = slots.Count,
            Parameters = parameters,
            Schema = graph.Schema,
            NodeCountAtCompile = graph.NodeCount,
        };
    }

    private static string DefaultName(string kind, string labelOrType, IEnumerable<string> properties) =>
        $"{kind}_{labelOrType}_{string.Join("_", properties)}".ToLowerInvariant();
}
