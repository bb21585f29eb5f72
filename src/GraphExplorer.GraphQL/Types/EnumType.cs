namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// An enum type (spec §3.9). Values are bound either to C# enum members or to their own names. Result coercion maps
/// an internal value to its name; input coercion maps a name to its internal value.
/// </summary>
public sealed class EnumType : NamedType
{
    private Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition> _byValue = [];

    public EnumType(string name, string? description = null, IReadOnlyList<Language.DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values { get; private set; } = [];

    /// <summary>The C# enum type bound to this GraphQL enum, if any.</summary>
    public Type? ClrType { get; internal set; }

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The definition whose internal value equals <paramref name="value"/> (names accepted too).</summary>
    public EnumValueDefinition? FindByValue(object value)
    {
        if (_byValue.TryGetValue(value, out var definition))
        {
            return definition;
        }

        return value is string name ? GetValue(name) : null;
    }

    internal void SetValues(IReadOnlyList<EnumValueDefinition> values)
    {
        Values = values;
        _byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        _byValue = [];
        foreach (var value in values)
        {
            _byName.TryAdd(value.Name, value);
            _byValue.TryAdd(value.Value, value);
        }
    }
}
