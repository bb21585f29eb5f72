using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL;

/// <summary>
/// Validation errors (spec §5), one factory per rule with graphql-js wording. Every error carries the rule's stable
/// code in <c>extensions.code</c> and the locations of the offending nodes.
/// </summary>
public static partial class GraphQLErrors
{
    /// <summary>Stable codes of the validation rules (one per rule).</summary>
    public static class ValidationCodes
    {
        public const string ExecutableDefinitions = "EXECUTABLE_DEFINITIONS";
        public const string UniqueOperationNames = "UNIQUE_OPERATION_NAMES";
        public const string LoneAnonymousOperation = "LONE_ANONYMOUS_OPERATION";
        public const string SingleFieldSubscriptions = "SINGLE_FIELD_SUBSCRIPTIONS";
        public const string KnownOperationTypes = "KNOWN_OPERATION_TYPES";
        public const string FieldsOnCorrectType = "FIELDS_ON_CORRECT_TYPE";
        public const string OverlappingFieldsCanBeMerged = "OVERLAPPING_FIELDS_CAN_BE_MERGED";
        public const string ScalarLeafs = "SCALAR_LEAFS";
        public const string KnownArgumentNames = "KNOWN_ARGUMENT_NAMES";
        public const string UniqueArgumentNames = "UNIQUE_ARGUMENT_NAMES";
        public const string ProvidedRequiredArguments = "PROVIDED_REQUIRED_ARGUMENTS";
        public const string UniqueFragmentNames = "UNIQUE_FRAGMENT_NAMES";
        public const string KnownTypeNames = "KNOWN_TYPE_NAMES";
        public const string FragmentsOnCompositeTypes = "FRAGMENTS_ON_COMPOSITE_TYPES";
        public const string NoUnusedFragments = "NO_UNUSED_FRAGMENTS";
        public const string KnownFragmentNames = "KNOWN_FRAGMENT_NAMES";
        public const string NoFragmentCycles = "NO_FRAGMENT_CYCLES";
        public const string PossibleFragmentSpreads = "POSSIBLE_FRAGMENT_SPREADS";
        public const string ValuesOfCorrectType = "VALUES_OF_CORRECT_TYPE";
        public const string UniqueInputFieldNames = "UNIQUE_INPUT_FIELD_NAMES";
        public const string KnownDirectives = "KNOWN_DIRECTIVES";
        public const string UniqueDirectivesPerLocation = "UNIQUE_DIRECTIVES_PER_LOCATION";
        public const string UniqueVariableNames = "UNIQUE_VARIABLE_NAMES";
        public const string VariablesAreInputTypes = "VARIABLES_ARE_INPUT_TYPES";
        public const string NoUndefinedVariables = "NO_UNDEFINED_VARIABLES";
        public const string NoUnusedVariables = "NO_UNUSED_VARIABLES";
        public const string VariablesInAllowedPosition = "VARIABLES_IN_ALLOWED_POSITION";
    }

    internal static GraphQLError Invalid(string code, string message, params SyntaxNode[] nodes) =>
        new(message, nodes.Select(n => n.Location.ToSourceLocation()).ToList(), null, CodeOnly(code));

    // §5.1.1
    internal static GraphQLError NonExecutableDefinition(DefinitionNode node) =>
        Invalid(ValidationCodes.ExecutableDefinitions,
            $"The {DefinitionName(node)} definition is not executable.", node);

    private static string DefinitionName(DefinitionNode node) => node switch
    {
        TypeDefinitionNode type => $"\"{type.Name.Value}\"",
        TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
        DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
        _ => "schema",
    };

    // §5.2.1.1
    internal static GraphQLError DuplicateOperationName(string name, NameNode first, NameNode second) =>
        Invalid(ValidationCodes.UniqueOperationNames, $"There can be only one operation named \"{name}\".", first, second);

    // §5.2.2.1
    internal static GraphQLError AnonymousOperationNotAlone(OperationDefinitionNode node) =>
        Invalid(ValidationCodes.LoneAnonymousOperation, "This anonymous operation must be the only defined operation.", node);

    // §5.2.3.1
    internal static GraphQLError SubscriptionNotSingleField(string? name, IReadOnlyList<FieldNode> extra) =>
        Invalid(ValidationCodes.SingleFieldSubscriptions,
            (name is null ? "Anonymous Subscription" : $"Subscription \"{name}\"") + " must select only one top level field.", [.. extra]);

    internal static GraphQLError SubscriptionSkipOrInclude(string? name, IReadOnlyList<DirectiveNode> directives) =>
        Invalid(ValidationCodes.SingleFieldSubscriptions,
            (name is null ? "Anonymous Subscription" : $"Subscription \"{name}\"") + " must not use `@skip` or `@include` directives in the top level selection.", [.. directives]);

    internal static GraphQLError SubscriptionIntrospectionField(string? name, FieldNode field) =>
        Invalid(ValidationCodes.SingleFieldSubscriptions,
            (name is null ? "Anonymous Subscription" : $"Subscription \"{name}\"") + " must not select an introspection top level field.", field);

    // §5.2 (graphql-js KnownOperationTypes)
    internal static GraphQLError UnsupportedOperation(OperationDefinitionNode node) =>
        Invalid(ValidationCodes.KnownOperationTypes, $"The {Printer.OperationName(node.Operation)} operation is not supported by the schema.", node);

    // §5.3.1
    internal static GraphQLError UnknownField(string field, string type, string didYouMean, FieldNode node) =>
        Invalid(ValidationCodes.FieldsOnCorrectType, $"Cannot query field \"{field}\" on type \"{type}\"." + didYouMean, node);

    // §5.3.2
    internal static GraphQLError FieldsConflict(string responseName, string reason, IReadOnlyList<FieldNode> nodes) =>
        Invalid(ValidationCodes.OverlappingFieldsCanBeMerged,
            $"Fields \"{responseName}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.", [.. nodes]);

    // §5.3.3
    internal static GraphQLError LeafWithSelection(string field, GraphQLType type, SyntaxNode node) =>
        Invalid(ValidationCodes.ScalarLeafs, $"Field \"{field}\" must not have a selection since type \"{type}\" has no subfields.", node);

    internal static GraphQLError CompositeWithoutSelection(string field, GraphQLType type, SyntaxNode node) =>
        Invalid(ValidationCodes.ScalarLeafs, $"Field \"{field}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field} {{ ... }}\"?", node);

    // §5.4.1
    internal static GraphQLError UnknownArgument(string argument, string owner, bool onDirective, IReadOnlyList<string> suggestions, ArgumentNode node) =>
        Invalid(ValidationCodes.KnownArgumentNames,
            (onDirective ? $"Unknown argument \"{argument}\" on directive \"@{owner}\"." : $"Unknown argument \"{argument}\" on field \"{owner}\".") +
            Validation.Suggestions.DidYouMean(suggestions), node);

    // §5.4.2
    internal static GraphQLError DuplicateArgument(string name, IReadOnlyList<ArgumentNode> nodes) =>
        Invalid(ValidationCodes.UniqueArgumentNames, $"There can be only one argument named \"{name}\".", [.. nodes]);

    // §5.4.2.1
    // graphql-js 17 names the argument by its schema coordinate (Type.field(arg:), @directive(arg:)); the meta-fields
    // __type and __schema belong to no type and are written <meta>.__type(name:).
    internal static GraphQLError MissingFieldArgument(string? parentType, string field, string argument, GraphQLType type, SyntaxNode node) =>
        Invalid(ValidationCodes.ProvidedRequiredArguments,
            $"Argument \"{parentType ?? "<meta>"}.{field}({argument}:)\" of type \"{type}\" is required, but it was not provided.", node);

    internal static GraphQLError MissingDirectiveArgument(string directive, string argument, GraphQLType type, SyntaxNode node) =>
        Invalid(ValidationCodes.ProvidedRequiredArguments, $"Argument \"@{directive}({argument}:)\" of type \"{type}\" is required, but it was not provided.", node);

    // §5.5.1.1
    internal static GraphQLError DuplicateFragmentName(string name, NameNode first, NameNode second) =>
        Invalid(ValidationCodes.UniqueFragmentNames, $"There can be only one fragment named \"{name}\".", first, second);

    // §5.5.1.2
    internal static GraphQLError UnknownType(string name, IReadOnlyList<string> suggestions, NamedTypeNode node) =>
        Invalid(ValidationCodes.KnownTypeNames, $"Unknown type \"{name}\"." + Validation.Suggestions.DidYouMean(suggestions), node);

    // §5.5.1.3
    internal static GraphQLError FragmentOnNonComposite(string? fragment, string type, SyntaxNode node) =>
        Invalid(ValidationCodes.FragmentsOnCompositeTypes,
            fragment is null
                ? $"Fragment cannot condition on non composite type \"{type}\"."
                : $"Fragment \"{fragment}\" cannot condition on non composite type \"{type}\".", node);

    // §5.5.1.4
    internal static GraphQLError UnusedFragment(FragmentDefinitionNode node) =>
        Invalid(ValidationCodes.NoUnusedFragments, $"Fragment \"{node.Name.Value}\" is never used.", node);

    // §5.5.2.1
    internal static GraphQLError UnknownFragment(FragmentSpreadNode node) =>
        Invalid(ValidationCodes.KnownFragmentNames, $"Unknown fragment \"{node.Name.Value}\".", node.Name);

    // §5.5.2.2
    internal static GraphQLError FragmentCycle(string name, IReadOnlyList<FragmentSpreadNode> path) =>
        Invalid(ValidationCodes.NoFragmentCycles,
            $"Cannot spread fragment \"{name}\" within itself" +
            (path.Count > 1 ? " via " + string.Join(", ", path.Take(path.Count - 1).Select(s => $"\"{s.Name.Value}\"")) + "." : "."), [.. path]);

    // §5.5.2.3
    internal static GraphQLError ImpossibleSpread(string? fragment, NamedType parentType, NamedType fragmentType, SyntaxNode node) =>
        Invalid(ValidationCodes.PossibleFragmentSpreads,
            (fragment is null ? "Fragment cannot be spread here" : $"Fragment \"{fragment}\" cannot be spread here") +
            $" as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);

    // §5.6.1
    internal static GraphQLError BadValue(string message, ValueNode node) => Invalid(ValidationCodes.ValuesOfCorrectType, message, node);

    internal static GraphQLError UnknownInputField(string type, IReadOnlyList<string> suggestions, ObjectFieldNode node, ObjectValueNode value) =>
        Invalid(ValidationCodes.ValuesOfCorrectType, UnknownInputFieldMessage(type, node.Name.Value, suggestions, Printer.Print(value)), node);

    internal static GraphQLError NullForNonNull(GraphQLType type, ValueNode node) =>
        Invalid(ValidationCodes.ValuesOfCorrectType, NonNullNullMessage(type), node);

    internal static GraphQLError MissingInputField(string type, string field, ObjectValueNode node) =>
        Invalid(ValidationCodes.ValuesOfCorrectType, MissingInputFieldMessage(type, field, Printer.Print(node)), node);

    internal static GraphQLError NotAnInputObject(string type, ValueNode node) =>
        Invalid(ValidationCodes.ValuesOfCorrectType, NotAnObjectMessage(type, Printer.Print(node)), node);

    internal static GraphQLError OneOfNotExactlyOne(string type, ObjectValueNode node) =>
        Invalid(ValidationCodes.ValuesOfCorrectType, OneOfMessage(type), node);

    // Input value messages shared by literals (validation) and external values (variables), graphql-js 17 wording;
    // `found` is the printed literal or the inspected value.
    internal static string NonNullNullMessage(GraphQLType type) => $"Expected value of non-null type \"{type}\" not to be null.";

    internal static string NonNullMissingMessage(GraphQLType type) => $"Expected a value of non-null type \"{type}\" to be provided.";

    internal static string NotAnObjectMessage(string type, string found) => $"Expected value of type \"{type}\" to be an object, found: {found}.";

    internal static string MissingInputFieldMessage(string type, string field, string found) =>
        $"Expected value of type \"{type}\" to include required field \"{field}\", found: {found}.";

    internal static string UnknownInputFieldMessage(string type, string field, IReadOnlyList<string> suggestions, string found) =>
        $"Expected value of type \"{type}\" not to include unknown field \"{field}\"" +
        (suggestions.Count == 0 ? ", found" : "." + Validation.Suggestions.DidYouMean(suggestions) + " Found") + $": {found}.";

    /// <summary>A custom scalar's own exception (not a coercion error) while parsing an input value.</summary>
    internal static string ScalarErrorMessage(string type, string error, string found) =>
        $"Expected value of type \"{type}\", but encountered error \"{error}\"; found: {found}.";

    internal static string OneOfMessage(string type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    // §5.6.3
    internal static GraphQLError DuplicateInputField(string name, IReadOnlyList<ObjectFieldNode> nodes) =>
        Invalid(ValidationCodes.UniqueInputFieldNames, $"There can be only one input field named \"{name}\".", [.. nodes.Select(n => n.Name)]);

    // §5.7.1
    internal static GraphQLError UnknownDirective(DirectiveNode node) =>
        Invalid(ValidationCodes.KnownDirectives, $"Unknown directive \"@{node.Name.Value}\".", node);

    internal static GraphQLError MisplacedDirective(DirectiveNode node, DirectiveLocation location) =>
        Invalid(ValidationCodes.KnownDirectives, $"Directive \"@{node.Name.Value}\" may not be used on {DirectiveDefinition.LocationName(location)}.", node);

    // §5.7.3
    internal static GraphQLError DuplicateDirective(string name, DirectiveNode first, DirectiveNode second) =>
        Invalid(ValidationCodes.UniqueDirectivesPerLocation, $"The directive \"@{name}\" can only be used once at this location.", first, second);

    // §5.8.1
    internal static GraphQLError DuplicateVariable(string name, IReadOnlyList<VariableDefinitionNode> nodes) =>
        Invalid(ValidationCodes.UniqueVariableNames, $"There can be only one variable named \"${name}\".", [.. nodes.Select(n => n.Variable.Name)]);

    // §5.8.2
    internal static GraphQLError NonInputVariable(string name, TypeNode type, VariableDefinitionNode node) =>
        Invalid(ValidationCodes.VariablesAreInputTypes, $"Variable \"${name}\" cannot be non-input type \"{Printer.Print(type)}\".", node.Type);

    // §5.8.3
    internal static GraphQLError UndefinedVariable(string name, OperationDefinitionNode operation, VariableNode node) =>
        Invalid(ValidationCodes.NoUndefinedVariables,
            operation.Name is null ? $"Variable \"${name}\" is not defined." : $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\".",
            node, operation);

    // §5.8.4
    internal static GraphQLError UnusedVariable(string name, OperationDefinitionNode operation, VariableDefinitionNode node) =>
        Invalid(ValidationCodes.NoUnusedVariables,
            operation.Name is null ? $"Variable \"${name}\" is never used." : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".", node);

    // §5.8.5
    internal static GraphQLError VariableInWrongPosition(string name, GraphQLType variableType, GraphQLType locationType, VariableDefinitionNode definition, VariableNode usage) =>
        Invalid(ValidationCodes.VariablesInAllowedPosition,
            $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage);

    // ---- Protective rules (not in the spec) ----

    internal static GraphQLError DepthExceeded(OperationDefinitionNode operation, int depth, int max) =>
        Invalid(ErrorCodes.MaxDepthExceeded,
            $"{OperationLabel(operation)} has a depth of {depth}, which exceeds the maximum allowed depth of {max}.", operation);

    internal static GraphQLError IntrospectionDisabled(FieldNode node) =>
        Invalid(ErrorCodes.IntrospectionDisabled,
            $"GraphQL introspection has been disabled, but the requested query contained the field \"{node.Name.Value}\".", node);

    private static string OperationLabel(OperationDefinitionNode operation) =>
        operation.Name is null ? "The operation" : $"Operation \"{operation.Name.Value}\"";
}
