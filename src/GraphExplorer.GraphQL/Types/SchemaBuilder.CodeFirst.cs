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
