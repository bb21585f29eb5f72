namespace GraphExplorer.GraphQL.Types;

/// <summary>A type with fields and implemented interfaces: an object or an interface type (spec §3.6, §3.7).</summary>
public abstract class ComplexType : NamedType
{
    private static readonly IReadOnlyDictionary<string, FieldDefinition> NoFields = new Dictionary<string, FieldDefinition>();

    protected ComplexType(string name, string? description, IReadOnlyList<Language.DirectiveNode>? directives)
        : base(name, description, directives)
    {
    }

    /// <summary>Fields in definition order (keys iterate in order).</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; internal set; } = [];

    public IReadOnlyDictionary<string, FieldDefinition> FieldsByName { get; private set; } = NoFields;

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public FieldDefinition? GetField(string name) => FieldsByName.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<FieldDefinition> fields)
    {
        Fields = fields;
        var byName = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }

        FieldsByName = byName;
    }
}
