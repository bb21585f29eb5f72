using System.Globalization;
using System.Reflection;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL;

public static partial class GraphQLErrors
{
    // ---- Execution (spec §6), wording of graphql-js ----

    internal static GraphQLError UnknownOperation(string name) => Request($"Unknown operation named \"{name}\".", ErrorCodes.OperationNotFound);

    internal static GraphQLError OperationNameRequired() =>
        Request("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound);

    internal static GraphQLError NoOperation() => Request("Must provide an operation.", ErrorCodes.OperationNotFound);

    internal static GraphQLError OperationNotSupported(OperationDefinitionNode operation) =>
        new($"Schema is not configured to execute {Printer.OperationName(operation.Operation)} operation.", [operation.Location.ToSourceLocation()], null,
            CodeOnly(ErrorCodes.OperationNotFound));

    /// <summary>A query or mutation sent where a subscription is expected (a subscription transport), or a subscription
    /// to a schema without a subscription root type.</summary>
    internal static GraphQLError NotASubscription(OperationDefinitionNode operation, bool schemaHasSubscriptions) =>
        new(schemaHasSubscriptions
                ? $"Expected a subscription operation, got a {Printer.OperationName(operation.Operation)}: send queries and mutations over HTTP."
                : "Schema is not configured to execute subscription operation.",
            [operation.Location.ToSourceLocation()], null, CodeOnly(ErrorCodes.OperationNotFound));

    internal static GraphQLError NoSubscriptionField(OperationDefinitionNode operation) =>
        new("The subscription selects no root field.", [operation.Location.ToSourceLocation()], null, CodeOnly(ErrorCodes.OperationNotFound));

    /// <summary>A subscription root field bound without a source stream (a schema binding mistake).</summary>
    internal static GraphQLError NoSourceStream(string typeName, string fieldName, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path) =>
        new($"Subscription field \"{typeName}.{fieldName}\" has no source stream (bind one with SchemaBuilder.BindSubscription).",
            fieldNodes.Select(f => f.Location.ToSourceLocation()).ToList(), path.ToList(), CodeOnly(ErrorCodes.FieldError));

    /// <summary>An operation over the cost limit, refused before execution: the cost, the limit, and where the costliest
    /// root field is (its location is the error's).</summary>
    internal static GraphQLError CostExceeded(OperationDefinitionNode operation, OperationCost cost, int max)
    {
        var field = cost.CostliestField!;
        var name = field.Alias is null ? field.Name.Value : $"{field.Alias.Value}: {field.Name.Value}";
        var at = field.Location;
        return new GraphQLError(
            $"{OperationLabel(operation)} has an estimated cost of {cost.Total}, which exceeds the maximum allowed cost of {max}. Its costliest field is " +
            $"\"{name}\" at {at.Line}:{at.Column} (cost {cost.CostliestFieldCost}): ask for fewer items (first, limit) or split the request. Nothing was run.",
            [at.ToSourceLocation()], null,
            new Dictionary<string, object?> { ["code"] = ErrorCodes.MaxCostExceeded, ["cost"] = cost.Total, ["maxCost"] = max });
    }

    internal static GraphQLError ExecutionTimedOut(TimeSpan timeout) =>
        Request($"Execution timed out after {timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms.", ErrorCodes.Timeout);

    internal static GraphQLError VariableNotInputType(string name, string type, VariableDefinitionNode node) =>
        AtNode($"Variable \"${name}\" expected value of type \"{type}\" which cannot be used as an input type.", node, ErrorCodes.BadUserInput);

    internal static GraphQLError VariableNotProvided(string name, GraphQLType type, VariableDefinitionNode node) =>
        InvalidVariableValue(name, [], NonNullMissingMessage(type), node);

    internal static GraphQLError VariableNull(string name, GraphQLType type, VariableDefinitionNode node) =>
        InvalidVariableValue(name, [], NonNullNullMessage(type), node);

    /// <summary>graphql-js 17: <c>Variable "$v" has invalid value at .field[1]: message</c>.</summary>
    internal static GraphQLError InvalidVariableValue(string name, IReadOnlyList<object> path, string message, VariableDefinitionNode node)
    {
        var at = path.Count == 0 ? "" : " at " + string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));
        return AtNode($"Variable \"${name}\" has invalid value{at}: {message}", node, ErrorCodes.BadUserInput);
    }

    internal static GraphQLException ArgumentNotProvided(string name, GraphQLType type) =>
        new($"Argument \"{name}\" of required type \"{type}\" was not provided.", ErrorCodes.BadUserInput);

    internal static GraphQLException ArgumentVariableNotProvided(string name, GraphQLType type, string variable, ArgumentNode node) =>
        new($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable}\" which was not provided a runtime value.", ErrorCodes.BadUserInput);

    internal static GraphQLException ArgumentNull(string name, GraphQLType type, ArgumentNode node) =>
        new($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", ErrorCodes.BadUserInput);

    internal static GraphQLException ArgumentInvalid(string name, ArgumentNode node) =>
        new($"Argument \"{name}\" has invalid value {Printer.Print(node.Value)}.", ErrorCodes.BadUserInput);

    internal static GraphQLException NonNullFieldReturnedNull(string typeName, string fieldName) =>
        new($"Cannot return null for non-nullable field {typeName}.{fieldName}.", ErrorCodes.FieldError);

    internal static GraphQLException ExpectedIterable(string typeName, string fieldName) =>
        new($"Expected Iterable, but did not find one for field \"{typeName}.{fieldName}\".", ErrorCodes.FieldError);

    internal static GraphQLException EnumCannotRepresent(string enumName, object value) =>
        new($"Enum \"{enumName}\" cannot represent value: {InputCoercion.Inspect(value)}", ErrorCodes.FieldError);

    internal static GraphQLException AbstractTypeUnresolved(string abstractName, string parentName, string fieldName) =>
        new($"Abstract type \"{abstractName}\" must resolve to an Object type at runtime for field \"{parentName}.{fieldName}\". Either the \"{abstractName}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", ErrorCodes.FieldError);

    internal static GraphQLException AbstractTypeResolvedToUnknown(string abstractName, string typeName) =>
        new($"Abstract type \"{abstractName}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", ErrorCodes.FieldError);

    internal static GraphQLException NotPossibleType(string runtimeName, string abstractName) =>
        new($"Runtime Object type \"{runtimeName}\" is not a possible type for \"{abstractName}\".", ErrorCodes.FieldError);

    /// <summary>
    /// A located field error (spec §6.4.4). A <see cref="GraphQLException"/> (or a scalar coercion failure) keeps its
    /// message and code; anything else becomes "Unexpected error." with a correlation id, and the exception goes to
    /// the logging callback only.
    /// </summary>
    internal static GraphQLError FieldError(Exception exception, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path, ExecutionOptions options)
    {
        exception = Unwrap(exception);
        var locations = fieldNodes.Select(f => f.Location.ToSourceLocation()).ToList();
        var pathList = path.ToList();
        switch (exception)
        {
            case GraphQLException user:
                var extensions = new Dictionary<string, object?> { ["code"] = user.Code };
                if (user.Extensions is not null)
                {
                    foreach (var (key, value) in user.Extensions)
                    {
                        extensions.TryAdd(key, value);
                    }
                }

                return new GraphQLError(user.Message, user.Locations ?? locations, pathList, extensions);
            case ScalarCoercionException coercion:
                return new GraphQLError(coercion.Message, locations, pathList, CodeOnly(ErrorCodes.FieldError));
            default:
                var correlationId = Guid.NewGuid().ToString("N");
                options.OnUnexpectedError?.Invoke(new UnexpectedError(exception, correlationId, pathList));
                return new GraphQLError("Unexpected error.", locations, pathList,
                    new Dictionary<string, object?> { ["code"] = ErrorCodes.Unexpected, ["correlationId"] = correlationId });
        }
    }

    private static Exception Unwrap(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    continue;
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    continue;
                default:
                    return exception;
            }
        }
    }

    private static GraphQLError Request(string message, string code) => new(message, null, null, CodeOnly(code));

    private static GraphQLError AtNode(string message, SyntaxNode node, string code) =>
        new(message, [node.Location.ToSourceLocation()], null, CodeOnly(code));
}
