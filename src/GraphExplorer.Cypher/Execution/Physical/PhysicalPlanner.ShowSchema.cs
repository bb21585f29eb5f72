using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.FullText;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// The rows of SHOW INDEXES and SHOW CONSTRAINTS in Neo4j 5's columns (<see cref="LogicalPlanner.IndexColumns"/>,
/// <see cref="LogicalPlanner.ConstraintColumns"/>; Cypher manual, "SHOW INDEXES" and "SHOW CONSTRAINTS" › Result
/// columns), ordered by name as Neo4j lists them. What the embedded engine does not keep is null, never made up: the
/// schema rule <c>id</c> (its schema has names, not numbered rules) and the usage statistics <c>lastRead</c>,
/// <c>readCount</c> and <c>trackedSince</c> ("null if the statistics are not tracked"). Its indexes are built within the
/// statement that creates them, so each is ONLINE and 100% populated, with no failure (<c>""</c>, as Neo4j's online indexes).
/// </summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary>The index providers Neo4j 5 names, by index type.</summary>
    private static string IndexProvider(string indexType) => indexType switch
    {
        "TEXT" => "text-2.0",
        "POINT" => "point-1.0",
        "FULLTEXT" => FullTextProvider,
        _ => "range-1.0",
    };

    /// <summary>The indexes, all or (<c>SHOW FULLTEXT INDEXES</c> and the like) those of one type, by name.</summary>
    private static IEnumerable<object?[]> IndexRows(QueryContext ctx, string? indexType)
    {
        var schema = ctx.Graph.Schema;
        var rows = schema.Indexes
            .Select(i => (i.Name, i.IndexType, Row: IndexRow(i, i.OwnedByConstraint ? schema.Constraints.FirstOrDefault(c => c.Name == i.Name) : null)))
            .Concat(schema.FullTextIndexes.Select(i => (i.Name, IndexType: "FULLTEXT", Row: FullTextIndexRow(i.Definition))));
        return rows
            .Where(i => indexType is null or "ALL" || i.IndexType == indexType)
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .Select(i => i.Row)
            .ToList();
    }

    /// <summary>The row of a range, text or point index; one that backs <paramref name="owner"/> is created with it.</summary>
    private static object?[] IndexRow(IndexDefinition index, ConstraintDefinition? owner)
    {
        var provider = IndexProvider(index.IndexType);
        var options = new Dictionary<string, object?> { ["indexConfig"] = new Dictionary<string, object?>(), ["indexProvider"] = provider };
        var target = EntityPattern(index.OnRelationships, [index.LabelOrType]);
        var properties = PropertyList(index.OnRelationships, index.Properties);
        var createStatement = owner is not null
            ? $"{ConstraintCreateStatement(owner)} OPTIONS {{indexConfig: {{}}, indexProvider: '{provider}'}}"
            : index.IndexType == "RANGE"
                ? $"CREATE RANGE INDEX {Quoted(index.Name)} FOR {target} ON ({properties})"
                : $"CREATE {index.IndexType} INDEX {Quoted(index.Name)} FOR {target} ON ({properties}) OPTIONS {{indexConfig: {{}}, indexProvider: '{provider}'}}";
        return IndexRow(index.Name, index.IndexType, index.OnRelationships, [index.LabelOrType], index.Properties, provider,
            index.OwnedByConstraint ? index.Name : null, options, createStatement);
    }

    private static object?[] FullTextIndexRow(FullTextIndexDefinition index)
    {
        var config = new Dictionary<string, object?>
        {
            [AnalyzerSetting] = index.Analyzer,
            [EventuallyConsistentSetting] = index.EventuallyConsistent,
        };
        var options = new Dictionary<string, object?> { ["indexConfig"] = config, ["indexProvider"] = FullTextProvider };
        var createStatement = $"CREATE FULLTEXT INDEX {Quoted(index.Name)} FOR {EntityPattern(index.OnRelationships, index.LabelsOrTypes)} "
            + $"ON EACH [{PropertyList(index.OnRelationships, index.Properties)}] OPTIONS {{indexConfig: {{`{AnalyzerSetting}`: '{index.Analyzer}',"
            + $"`{EventuallyConsistentSetting}`: {(index.EventuallyConsistent ? "true" : "false")}}}, indexProvider: '{FullTextProvider}'}}";
        return IndexRow(index.Name, "FULLTEXT", index.OnRelationships, index.LabelsOrTypes, index.Properties, FullTextProvider, null, options, createStatement);
    }

    /// <summary>One row in <see cref="LogicalPlanner.IndexColumns"/>' order.</summary>
    private static object?[] IndexRow(
        string name, string type, bool onRelationships, IEnumerable<string> labelsOrTypes, IEnumerable<string> properties,
        string provider, string? owningConstraint, Dictionary<string, object?> options, string createStatement) =>
    [
        null, name, "ONLINE", 100.0, type, onRelationships ? "RELATIONSHIP" : "NODE",
        labelsOrTypes.Cast<object?>().ToList(), properties.Cast<object?>().ToList(), provider, owningConstraint,
        null, null, null, options, "", createStatement,
    ];

    /// <summary>
    /// The constraints, all or (<c>SHOW KEY CONSTRAINTS</c> and the like) those whose <c>type</c> is one of
    /// <paramref name="types"/>, by name; in <see cref="LogicalPlanner.ConstraintColumns"/>' order.
    /// </summary>
    private static IEnumerable<object?[]> ConstraintRows(QueryContext ctx, IReadOnlyCollection<string> types)
    {
        var schema = ctx.Graph.Schema;
        return schema.Constraints
            .Select(c => (Constraint: c, Type: ConstraintType(c)))
            .Where(c => types.Count == 0 || types.Contains(c.Type))
            .OrderBy(c => c.Constraint.Name, StringComparer.Ordinal)
            .Select(c =>
            {
                var constraint = c.Constraint;
                var ownedIndex = schema.Indexes.FirstOrDefault(i => i.OwnedByConstraint && i.Name == constraint.Name);
                var options = ownedIndex is null ? null
                    : new Dictionary<string, object?> { ["indexConfig"] = new Dictionary<string, object?>(), ["indexProvider"] = IndexProvider(ownedIndex.IndexType) };
                return new object?[]
                {
                    null, constraint.Name, c.Type, constraint.OnRelationships ? "RELATIONSHIP" : "NODE",
                    new List<object?> { constraint.LabelOrType }, constraint.Properties.Cast<object?>().ToList(),
                    ownedIndex?.Name, constraint.RequiredType, options, ConstraintCreateStatement(constraint),
                };
            })
            .ToList();
    }

    /// <summary>The statement that creates the constraint, as Neo4j writes it: names quoted, properties in parentheses.</summary>
    private static string ConstraintCreateStatement(ConstraintDefinition constraint)
    {
        var requirement = constraint.RequiredType is { } type ? "IS :: " + type
            : constraint.Kind switch
            {
                "UNIQUE" => "IS UNIQUE",
                "NOT NULL" => "IS NOT NULL",
                _ => constraint.OnRelationships ? "IS RELATIONSHIP KEY" : "IS NODE KEY",
            };
        return $"CREATE CONSTRAINT {Quoted(constraint.Name)} FOR {EntityPattern(constraint.OnRelationships, [constraint.LabelOrType])} "
            + $"REQUIRE ({PropertyList(constraint.OnRelationships, constraint.Properties)}) {requirement}";
    }

    /// <summary>Neo4j 5's names of constraint types (Cypher manual, "SHOW CONSTRAINTS": node uniqueness is plain UNIQUENESS).</summary>
    private static string ConstraintType(ConstraintDefinition constraint) => (constraint.OnRelationships, constraint.Kind) switch
    {
        (false, "UNIQUE") => "UNIQUENESS",
        (true, "UNIQUE") => "RELATIONSHIP_UNIQUENESS",
        (false, "NOT NULL") => "NODE_PROPERTY_EXISTENCE",
        (true, "NOT NULL") => "RELATIONSHIP_PROPERTY_EXISTENCE",
        (false, _) when constraint.RequiredType is not null => "NODE_PROPERTY_TYPE",
        (true, _) when constraint.RequiredType is not null => "RELATIONSHIP_PROPERTY_TYPE",
        (false, _) => "NODE_KEY",
        (true, _) => "RELATIONSHIP_KEY",
    };

    /// <summary><c>(n:`A`|`B`)</c> or <c>()-[r:`T`]-()</c>, as Neo4j writes a create statement's target.</summary>
    private static string EntityPattern(bool onRelationships, IEnumerable<string> labelsOrTypes)
    {
        var names = string.Join("|", labelsOrTypes.Select(Quoted));
        return onRelationships ? $"()-[r:{names}]-()" : $"(n:{names})";
    }

    private static string PropertyList(bool onRelationships, IEnumerable<string> properties) =>
        string.Join(", ", properties.Select(p => (onRelationships ? "r." : "n.") + Quoted(p)));

    private static string Quoted(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
}
