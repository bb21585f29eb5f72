namespace GraphExplorer.GraphQL.Types;

/// <summary>An input object type (spec §3.10); with <see cref="IsOneOf"/> exactly one field must be given (@oneOf, draft).</summary>
public sealed class InputObjectType : NamedType
{
    public InputObjectType(string name, string? description = null, IReadOnlyList<Language.DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<InputValueDefinition> Fields { get; private set; } = [];

    public IReadOnlyDictionary<string, InputValueDefinition> FieldsByName { get; private set; } = new Dictionary<string, InputValueDefinition>();

    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string name) => FieldsByName.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<InputValueDefinition> fields)
    {
        Fields = fields;
        var byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }

        FieldsByName = byName;
    }
}
