using System.Collections.Immutable;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.FullText;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary><c>CREATE FULLTEXT INDEX</c> (Neo4j 5 Cypher manual, "Full-text indexes").</summary>
internal sealed partial class PhysicalPlanner
{
    private const string AnalyzerSetting = "fulltext.analyzer";
    private const string EventuallyConsistentSetting = "fulltext.eventually_consistent";

    /// <summary>The index provider Neo4j 5 names for full-text indexes, the only one OPTIONS may ask for.</summary>
    private const string FullTextProvider = "fulltext-1.0";

    private static Func<QueryContext, IEnumerable<object?[]>> CreateFullTextIndex(CreateFullTextIndexStatement create)
    {
        var (analyzer, eventuallyConsistent) = FullTextOptions(create.Options);
        var definition = new FullTextIndexDefinition(
            create.Name ?? DefaultName("fulltext", string.Join("_", create.LabelsOrTypes), create.Properties),
            create.Entity == SchemaEntity.Relationship,
            create.LabelsOrTypes,
            create.Properties,
            analyzer,
            eventuallyConsistent);
        return ctx =>
        {
            var schema = ctx.Writer.Schema;
            var equivalent = schema.FullTextIndexes.FirstOrDefault(i => i.Definition.IsEquivalentTo(definition));
            if (schema.HasSchemaRuleNamed(definition.Name) || equivalent is not null)
            {
                if (create.IfNotExists)
                {
                    return [];
                }

                throw equivalent is not null
                    ? CypherErrors.EquivalentFullTextIndexExists(equivalent.Name, create)
                    : CypherErrors.FullTextIndexNameTaken(definition.Name, create);
            }

            if (ctx.Writer.CreateFullTextIndex(definition))
            {
                ctx.Statistics.IndexesAdded++;
            }

            return [];
        };
    }

    /// <summary>
    /// The analyzer and consistency of <c>OPTIONS {indexProvider: 'fulltext-1.0', indexConfig: {`fulltext.analyzer`: …,
    /// `fulltext.eventually_consistent`: …}}</c>; option names are case-insensitive as in Neo4j, values must be literals.
    /// </summary>
    private static (string Analyzer, bool EventuallyConsistent) FullTextOptions(MapLiteral? options)
    {
        var analyzer = FullTextAnalyzers.DefaultName;
        var eventuallyConsistent = false;
        foreach (var option in options?.Entries ?? ImmutableArray<MapEntry>.Empty)
        {
            switch (option.Key.ToLowerInvariant())
            {
                case "indexprovider":
                    if (option.Value is not StringLiteral { Value: var provider } || !provider.Equals(FullTextProvider, StringComparison.OrdinalIgnoreCase))
                    {
                        throw CypherErrors.FullTextProviderUnknown(FullTextProvider, option);
                    }

                    break;
                case "indexconfig":
                    if (option.Value is not MapLiteral config)
                    {
                        throw CypherErrors.FullTextConfigNotMap(option);
                    }

                    foreach (var setting in config.Entries)
                    {
                        switch (setting.Key.ToLowerInvariant(), setting.Value)
                        {
                            case (AnalyzerSetting, StringLiteral { Value: var name }):
                                analyzer = FullTextAnalyzers.Find(name)?.Name ?? throw CypherErrors.InvalidFullTextOptions(
                                    $"index config '{AnalyzerSetting}': there is no analyzer called '{name}' (available: {FullTextAnalyzers.Names}).", setting);
                                break;
                            case (EventuallyConsistentSetting, BooleanLiteral { Value: var value }):
                                eventuallyConsistent = value;
                                break;
                            default:
                                throw CypherErrors.InvalidFullTextOptions(
                                    $"index config '{setting.Key}': expected `{AnalyzerSetting}` (a STRING) or `{EventuallyConsistentSetting}` (a BOOLEAN).", setting);
                        }
                    }

                    break;
                default:
                    throw CypherErrors.FullTextOptionUnknown(option.Key, option);
            }
        }

        return (analyzer, eventuallyConsistent);
    }
}
