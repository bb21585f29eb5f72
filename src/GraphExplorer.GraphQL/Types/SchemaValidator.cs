using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// The spec's type validation rules (§3.6.1, §3.7.1, §3.8.1, §3.9.1, §3.10.1, §3.13.1) with graphql-js's
/// validateSchema wording. Reports every problem; never throws.
/// </summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, IReadOnlySet<string>? incompleteTypes = null)
    {
        var errors = new List<GraphQLError>();
        void Report(string message, Location? location = null) =>
            errors.Add(new GraphQLError(message, location is { Line: > 0 } l ? [l.ToSourceLocation()] : null, null, GraphQLErrors.CodeOnly(ErrorCodes.InvalidSchema)));

        foreach (var directive in schema.Directives.Where(d => !BuiltInDirectives.IsSpecified(d)))
        {
            ValidateName(directive.Name, directive.DefinedAt, Report);
            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.DefinedAt, Report);
                if (!argument.Type.IsInputType)
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.DefinedAt);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", argument.DefinedAt);
                }
            }
        }

        foreach (var type in schema.Types)
        {
            if (Introspection.IntrospectionTypes.All.Contains(type))
            {
                continue;
            }

            ValidateName(type.Name, type.DefinedAt, Report);
            if (incompleteTypes?.Contains(type.Name) == true)
            {
                continue;
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, Report);
                    ValidateInterfaces(schema, complex, Report);
                    break;
                case UnionType union:
                    ValidateUnion(union, Report);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, Report);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, Report);
                    break;
            }
        }

        InputObjectCycles.Find(schema, Report);
        ValidateDefaultValues(schema, Report);
        return errors;
    }

    /// <summary>Name (spec §2.1.9) and reserved names (spec §3 "Names").</summary>
    private static void ValidateName(string name, Location? at, Action<string, Location?> report)
    {
        if (name.Length == 0 || !Lexer.IsNameStart(name[0]))
        {
            report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", at);
        }
        else if (!name.All(Lexer.IsNameContinue))
        {
            report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", at);
        }
        else if (name.StartsWith("__", StringComparison.Ordinal))
        {
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", at);
        }
    }

    /// <summary>Default values must coerce to their input type (draft spec §3.6.1, §3.10.1).</summary>
    private static void ValidateDefaultValues(Schema schema, Action<string, Location?> report)
    {
        void Check(string path, InputValueDefinition value)
        {
            if (value.DefaultValue is { } literal && value.Type.IsInputType &&
                !InputCoercion.TryCoerceLiteral(literal, value.Type, null, out _))
            {
                report($"{path} has invalid default value: {Printer.Print(literal)} is not a valid \"{value.Type}\".", value.DefinedAt);
            }
        }

        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ComplexType complex when !Introspection.IntrospectionTypes.All.Contains(type):
                    foreach (var field in complex.Fields)
                    {
                        foreach (var argument in field.Arguments)
                        {
                            Check($"Argument {type.Name}.{field.Name}({argument.Name}:)", argument);
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Check($"Input field {input.Name}.{field.Name}", field);
                    }

                    break;
            }
        }

        foreach (var directive in schema.Directives.Where(d => !BuiltInDirectives.IsSpecified(d)))
        {
            foreach (var argument in directive.Arguments)
            {
                Check($"Argument @{directive.Name}({argument.Name}:)", argument);
            }
        }
    }

    private static void ValidateFields(ComplexType type, Action<string, Location?> report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Type {type.Name} must define one or more fields.", type.DefinedAt);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.DefinedAt, report);
            if (!field.Type.IsOutputType)
            {
                report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.DefinedAt);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.DefinedAt, report);
                if (!argument.Type.IsInputType)
                {
                    report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.DefinedAt);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", argument.DefinedAt);
                }
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, Action<string, Location?> report)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                report($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.DefinedAt);
                continue;
            }

            if (!seen.Add(iface))
            {
                report($"Type {type.Name} can only implement {iface.Name} once.", type.DefinedAt);
                continue;
            }

            ValidateImplementsAncestors(type, iface, report);
            ValidateImplementsInterface(schema, type, iface, report);
        }
    }

    private static void ValidateImplementsAncestors(ComplexType type, InterfaceType iface, Action<string, Location?> report)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                report(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.", type.DefinedAt);
            }
        }
    }

    // IsValidImplementation (spec §3.6.1 / §3.7.1).
    private static void ValidateImplementsInterface(Schema schema, ComplexType type, InterfaceType iface, Action<string, Location?> report)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var field = type.GetField(ifaceField.Name);
            if (field is null)
            {
                report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.", type.DefinedAt);
                continue;
            }

            if (!schema.IsTypeSubTypeOf(field.Type, ifaceField.Type))
            {
                report($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.", field.DefinedAt);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var argument = field.GetArgument(ifaceArgument.Name);
                if (argument is null)
                {
                    report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.", field.DefinedAt);
                    continue;
                }

                if (!GraphQLType.AreEqual(argument.Type, ifaceArgument.Type))
                {
                    report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.", argument.DefinedAt);
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (ifaceField.GetArgument(argument.Name) is null && argument.IsRequired)
                {
                    report($"Object field {type.Name}.{field.Name} includes required argument {argument.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.", argument.DefinedAt);
                }
            }
        }
    }

    private static void ValidateUnion(UnionType union, Action<string, Location?> report)
    {
        if (union.Types.Count == 0)
        {
            report($"Union type {union.Name} must define one or more member types.", union.DefinedAt);
        }

        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                report($"Union type {union.Name} can only include type {member.Name} once.", union.DefinedAt);
            }
        }
    }

    private static void ValidateEnum(EnumType type, Action<string, Location?> report)
    {
        if (type.Values.Count == 0)
        {
            report($"Enum type {type.Name} must define one or more values.", type.DefinedAt);
        }

        foreach (var value in type.Values)
        {
            ValidateName(value.Name, type.DefinedAt, report);
            if (value.Name is "true" or "false" or "null")
            {
                report($"Enum type {type.Name} cannot include value: {value.Name}.", type.DefinedAt);
            }
        }
    }

    private static void ValidateInputObject(InputObjectType type, Action<string, Location?> report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Input Object type {type.Name} must define one or more fields.", type.DefinedAt);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.DefinedAt, report);
            if (!field.Type.IsInputType)
            {
                report($"The type of {type.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.DefinedAt);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                report($"Required input field {type.Name}.{field.Name} cannot be deprecated.", field.DefinedAt);
            }

            if (type.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    report($"OneOf input field {type.Name}.{field.Name} must be nullable.", field.DefinedAt);
                }

                if (field.HasDefaultValue)
                {
                    report($"OneOf input field {type.Name}.{field.Name} cannot have a default value.", field.DefinedAt);
                }
            }
        }
    }
}
