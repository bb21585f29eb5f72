using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6) with its resolver (objects only).</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, string? description, GraphQLType type, IReadOnlyList<InputValueDefinition> arguments,
        string? deprecationReason, IReadOnlyList<DirectiveNode> directives, Location? definedAt)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        DeprecationReason = deprecationReason;
        AppliedDirectives = directives;
        DefinedAt = definedAt;
        ArgumentsByName = arguments.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    public IReadOnlyDictionary<string, InputValueDefinition> ArgumentsByName { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    public Location? DefinedAt { get; }

    /// <summary>The resolver; null means the default resolver (property or dictionary lookup on the parent).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>The source stream of a subscription root field (spec §6.2.3.1); null on every other field.</summary>
    public SourceStreamResolver? SourceStream { get; internal set; }

    /// <summary>The field's weight in the cost estimate (see <c>Execution.CostAnalysis</c>); 1 when not set.</summary>
    public int Cost { get; internal set; } = 1;

    /// <summary>How long the field's lists are, for the cost estimate; null: the default rule (see <c>Execution.CostAnalysis</c>).</summary>
    public ListSize? ListSize { get; internal set; }

    public InputValueDefinition? GetArgument(string name) => ArgumentsByName.GetValueOrDefault(name);

    public override string ToString() => $"{Name}: {Type}";
}
