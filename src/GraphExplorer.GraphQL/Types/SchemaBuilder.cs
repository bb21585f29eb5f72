using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (<see cref="FromSdl"/>, <see cref="AddSdl"/>), from code (<see cref="Object"/>,
/// <see cref="Interface"/>, <see cref="Enum{TEnum}"/>, …) or both, with resolvers bound in C#. <see cref="Build"/>
/// validates the whole schema (spec §3 Type Validation) and throws one <see cref="SchemaValidationException"/> listing
/// every problem. Not thread-safe; the built schema is.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DefinitionNode> _definitions = [];
    private readonly List<GraphQLError> _bindingErrors = [];
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SourceStreamResolver> _sourceStreams = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _enumBindings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), int> _costs = [];
    private readonly Dictionary<(string Type, string Field), ListSize> _listSizes = [];
    private readonly Dictionary<(string Type, string Field), int> _inputFieldCosts = [];
    private bool _includeIntrospection = true;

    /// <summary>Starts a builder from SDL text.</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL is not valid syntax.</exception>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds the definitions and extensions of an SDL document (trusted input: no token/depth bounds).</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        _definitions.AddRange(Parser.Parse(sdl, ParserOptions.Unbounded).Definitions);
        return this;
    }

    /// <summary>Adds already parsed type-system definitions.</summary>
    public SchemaBuilder AddDefinitions(IEnumerable<DefinitionNode> definitions)
    {
        _definitions.AddRange(definitions);
        return this;
    }

    /// <summary>Binds the resolver of <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public SchemaBuilder BindField(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>
    /// Binds the source stream of a subscription root field (spec §6.2.3 Subscribe). Each event is executed as the root
    /// value; unless the field also has a resolver (<see cref="BindField(string, string, FieldResolver)"/>), the event
    /// itself is the field's value.
    /// </summary>
    public SchemaBuilder BindSubscription(string typeName, string fieldName, SourceStreamResolver subscribe)
    {
        _sourceStreams[(typeName, fieldName)] = subscribe;
        _resolvers.TryAdd((typeName, fieldName), context => new ValueTask<object?>(context.Source));
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public SchemaBuilder BindField(string typeName, string fieldName, Func<IResolveContext, object?> resolver) =>
        BindField(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Binds a Task-returning resolver.</summary>
    public SchemaBuilder BindFieldAsync<T>(string typeName, string fieldName, Func<IResolveContext, Task<T>> resolver) =>
        BindField(typeName, fieldName, context =>
        {
            // Completed tasks (cached loads, synchronous paths) cost no extra state machine.
            var task = resolver(context);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitResult(task);
        });

    private static async ValueTask<object?> AwaitResult<T>(Task<T> task) => await task.ConfigureAwait(false);

    /// <summary>Sets the cost weight of a field for the cost limit (default 1).</summary>
    public SchemaBuilder SetCost(string typeName, string fieldName, int cost)
    {
        _costs[(typeName, fieldName)] = cost;
        return this;
    }

    /// <summary>Sets what using an input-object field adds to the cost weight of the field whose argument holds it (default 0).</summary>
    public SchemaBuilder SetInputFieldCost(string inputTypeName, string fieldName, int cost)
    {
        _inputFieldCosts[(inputTypeName, fieldName)] = cost;
        return this;
    }

    /// <summary>Declares how long a field's lists are for the cost estimate (see <see cref="Types.ListSize"/>).</summary>
    public SchemaBuilder SetListSize(string typeName, string fieldName, ListSize listSize)
    {
        _listSizes[(typeName, fieldName)] = listSize;
        return this;
    }

    /// <summary>Binds how values of an interface or union are mapped to their object type (spec §6.4.4 ResolveAbstractType).</summary>
    public SchemaBuilder BindResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Binds a predicate recognising values of an object type, used when its abstract type has no type resolver.</summary>
    public SchemaBuilder BindIsTypeOf(string objectTypeName, Func<object, bool> isTypeOf)
    {
        _isTypeOf[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Binds an SDL enum's values to the members of a C# enum (FOO_BAR ↔ FooBar, case-insensitive).</summary>
    public SchemaBuilder BindEnum<TEnum>(string enumTypeName)
        where TEnum : struct, System.Enum
    {
        _enumBindings[enumTypeName] = typeof(TEnum);
        return this;
    }

    /// <summary>Provides the implementation of a scalar declared in SDL, or adds a scalar type.</summary>
    public SchemaBuilder BindScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Adds the optional built-in Date and DateTime scalars.</summary>
    public SchemaBuilder AddDateScalars()
    {
        BindScalar(BuiltInScalars.Date);
        return BindScalar(BuiltInScalars.DateTime);
    }

    /// <summary>Builds introspection-free type sets (used for the introspection types themselves).</summary>
    internal SchemaBuilder WithoutIntrospection()
    {
        _includeIntrospection = false;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaValidationException">The schema breaks one or more type system rules.</exception>
    public Schema Build()
    {
        var construction = new SchemaConstruction(this);
        var schema = construction.Construct();
        var errors = new List<GraphQLError>(construction.Errors);
        errors.AddRange(_bindingErrors);
        if (schema is not null)
        {
            // Validate even after SDL errors so that every problem is reported at once.
            errors.AddRange(SchemaValidator.Validate(schema, construction.IncompleteTypes));
        }

        if (errors.Count > 0 || schema is null)
        {
            throw new SchemaValidationException(errors);
        }

        return schema;
    }

    /// <summary>Constructs the named types without validation or root types (introspection types only).</summary>
    internal IReadOnlyList<NamedType> BuildTypesOnly()
    {
        var construction = new SchemaConstruction(this);
        var types = construction.ConstructTypesOnly();
        if (construction.Errors.Count > 0)
        {
            throw new SchemaValidationException(construction.Errors);
        }

        return types;
    }

    internal IReadOnlyList<DefinitionNode> Definitions => _definitions;

    internal IReadOnlyDictionary<(string Type, string Field), FieldResolver> Resolvers => _resolvers;

    internal IReadOnlyDictionary<(string Type, string Field), SourceStreamResolver> SourceStreams => _sourceStreams;

    internal IReadOnlyDictionary<string, TypeResolver> TypeResolvers => _typeResolvers;

    internal IReadOnlyDictionary<string, Func<object, bool>> IsTypeOfs => _isTypeOf;

    internal IReadOnlyDictionary<string, ScalarType> Scalars => _scalars;

    internal IReadOnlyDictionary<string, Type> EnumBindings => _enumBindings;

    internal IReadOnlyDictionary<(string Type, string Field), int> Costs => _costs;

    internal IReadOnlyDictionary<(string Type, string Field), int> InputFieldCosts => _inputFieldCosts;

    internal IReadOnlyDictionary<(string Type, string Field), ListSize> ListSizes => _listSizes;

    internal bool IncludeIntrospection => _includeIntrospection;
}
