using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Defines an object type in code. Type references are SDL strings such as <c>"[Agreement!]!"</c>.</summary>
    public SchemaBuilder Object(string name, Action<ComplexTypeBuilder> configure)
    {
        var type = new ComplexTypeBuilder(this, name);
        configure(type);
        _definitions.Add(new ObjectTypeDefinitionNode(Describe(type.DescriptionText), Name(name), type.InterfaceNodes, type.DirectiveNodes, type.FieldNodes, default));
        return this;
    }

    /// <summary>Defines an interface type in code; bind its type resolution with <see cref="BindResolveType"/> or IsTypeOf.</summary>
    public SchemaBuilder Interface(string name, Action<ComplexTypeBuilder> configure)
    {
        var type = new ComplexTypeBuilder(this, name);
        configure(type);
        _definitions.Add(new InterfaceTypeDefinitionNode(Describe(type.DescriptionText), Name(name), type.InterfaceNodes, type.DirectiveNodes, type.FieldNodes, default));
        return this;
    }

    /// <summary>Defines a union type in code.</summary>
    public SchemaBuilder Union(string name, string? description, params string[] memberTypes)
    {
        _definitions.Add(new UnionTypeDefinitionNode(Describe(description), Name(name), [], memberTypes.Select(NamedTypeRef).ToList(), default));
        return this;
    }

    /// <summary>Defines an enum from a C# enum: members become SCREAMING_SNAKE_CASE values bound to the members.</summary>
    public SchemaBuilder Enum<TEnum>(string? name = null, string? description = null)
        where TEnum : struct, System.Enum
    {
        var typeName = name ?? typeof(TEnum).Name;
        var values = System.Enum.GetNames<TEnum>()
            .Select(n => new EnumValueDefinitionNode(null, Name(ScreamingSnake(n)), [], default))
            .ToList();
        _definitions.Add(new EnumTypeDefinitionNode(Describe(description), Name(typeName), [], values, default));
        return BindEnum<TEnum>(typeName);
    }

    /// <summary>Defines an enum whose values are their own names.</summary>
    public SchemaBuilder Enum(string name, string? description, params string[] values)
    {
        _definitions.Add(new EnumTypeDefinitionNode(Describe(description), Name(name), [],
            values.Select(v => new EnumValueDefinitionNode(null, Name(v), [], default)).ToList(), default));
        return this;
    }

    /// <summary>Defines an input object type in code.</summary>
    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder> configure)
    {
        var type = new InputObjectTypeBuilder();
        configure(type);
        var directives = type.IsOneOf ? new List<DirectiveNode> { new(Name("oneOf"), [], default) } : [];
        _definitions.Add(new InputObjectTypeDefinitionNode(Describe(type.DescriptionText), Name(name), directives, type.FieldNodes, default));
        return this;
    }

    /// <summary>Adds a custom directive definition, given as SDL (e.g. <c>directive @auth(role: String!) on FIELD_DEFINITION</c>).</summary>
    public SchemaBuilder Directive(string sdl) => AddSdl(sdl);

    internal static NameNode Name(string value) => new(value, default);

    internal static NamedTypeNode NamedTypeRef(string value) => new(Name(value), default);

    internal static StringValueNode? Describe(string? description) => description is null ? null : new StringValueNode(description, true, default);

    internal static string ScreamingSnake(string pascal)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}

/// <summary>Code-first definition of an object or interface type.</summary>
public sealed class ComplexTypeBuilder
{
    private readonly SchemaBuilder _schema;
    private readonly string _typeName;

    internal ComplexTypeBuilder(SchemaBuilder schema, string typeName)
    {
        _schema = schema;
        _typeName = typeName;
    }

    internal string? DescriptionText { get; private set; }

    internal List<NamedTypeNode> InterfaceNodes { get; } = [];

    internal List<DirectiveNode> DirectiveNodes { get; } = [];

    internal List<FieldDefinitionNode> FieldNodes { get; } = [];

    public ComplexTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public ComplexTypeBuilder Implements(params string[] interfaces)
    {
        InterfaceNodes.AddRange(interfaces.Select(SchemaBuilder.NamedTypeRef));
        return this;
    }

    /// <summary>Adds a field of SDL type <paramref name="type"/>; <paramref name="resolve"/> may be null for the default resolver.</summary>
    public ComplexTypeBuilder Field(string name, string type, FieldResolver? resolve = null, Action<FieldBuilder>? configure = null)
    {
        var field = new FieldBuilder();
        configure?.Invoke(field);
        var directives = field.DeprecationReason is null
            ? new List<DirectiveNode>()
            : [new DirectiveNode(SchemaBuilder.Name("deprecated"), [new ArgumentNode(SchemaBuilder.Name("reason"), new StringValueNode(field.DeprecationReason, false, default), default)], default)];
        FieldNodes.Add(new FieldDefinitionNode(SchemaBuilder.Describe(field.DescriptionText), SchemaBuilder.Name(name), field.ArgumentNodes,
            Parser.ParseType(type), directives, default));
        if (resolve is not null)
        {
            _schema.BindField(_typeName, name, resolve);
        }

        return this;
    }

    /// <summary>Adds a field with a synchronous resolver.</summary>
    public ComplexTypeBuilder Field(string name, string type, Func<IResolveContext, object?> resolve, Action<FieldBuilder>? configure = null) =>
        Field(name, type, context => new ValueTask<object?>(resolve(context)), configure);
}

/// <summary>Code-first details of one field: description, arguments, deprecation.</summary>
public sealed class FieldBuilder
{
    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<InputValueDefinitionNode> ArgumentNodes { get; } = [];

    public FieldBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument; <paramref name="defaultValue"/> is a GraphQL literal such as <c>"10"</c> or <c>"{a: 1}"</c>.</summary>
    public FieldBuilder Argument(string name, string type, string? defaultValue = null, string? description = null)
    {
        ArgumentNodes.Add(new InputValueDefinitionNode(SchemaBuilder.Describe(description), SchemaBuilder.Name(name), Parser.ParseType(type),
            defaultValue is null ? null : Parser.ParseValue(defaultValue, isConst: true), [], default));
        return this;
    }
}

/// <summary>Code-first definition of an input object type.</summary>
public sealed class InputObjectTypeBuilder
{
    internal string? DescriptionText { get; private set; }

    internal bool IsOneOf { get; private set; }

    internal List<InputValueDefinitionNode> FieldNodes { get; } = [];

    public InputObjectTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the type @oneOf: exactly one field must be given.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }

    public InputObjectTypeBuilder Field(string name, string type, string? defaultValue = null, string? description = null)
    {
        FieldNodes.Add(new InputValueDefinitionNode(SchemaBuilder.Describe(description), SchemaBuilder.Name(name), Parser.ParseType(type),
            defaultValue is null ? null : Parser.ParseValue(defaultValue, isConst: true), [], default));
        return this;
    }
}
