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

/// <summary>An object type (spec §3.6). <see cref="IsTypeOf"/> optionally recognises its values for abstract type resolution.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null, IReadOnlyList<Language.DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Returns whether a resolved value belongs to this type; null when not bound.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

/// <summary>An interface type (spec §3.7), which may implement other interfaces.</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null, IReadOnlyList<Language.DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Resolves the concrete object type name of a value; null when not bound.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>A union type (spec §3.8).</summary>
public sealed class UnionType : NamedType
{
    public UnionType(string name, string? description = null, IReadOnlyList<Language.DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>Picks the concrete object type of a value of an abstract type: returns the object type's name.</summary>
public delegate string? TypeResolver(object value, IResolveContext context);
