using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

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

    /// <summary>Adds a field resolved by the default resolver, configured by <paramref name="configure"/>.</summary>
    public ComplexTypeBuilder Field(string name, string type, Action<FieldBuilder> configure) => Field(name, type, (FieldResolver?)null, configure);

    /// <summary>Adds a field with a synchronous resolver.</summary>
    public ComplexTypeBuilder Field(string name, string type, Func<IResolveContext, object?> resolve, Action<FieldBuilder>? configure = null) =>
        Field(name, type, context => new ValueTask<object?>(resolve(context)), configure);
}
