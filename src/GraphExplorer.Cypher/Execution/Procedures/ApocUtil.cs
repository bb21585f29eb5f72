using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// APOC's validation helpers, which @neo4j/graphql emits for authorization rules and checked updates
/// (https://neo4j.com/docs/apoc/current/overview/apoc.util/apoc.util.validate/ and …/apoc.util.validatePredicate/).
/// A true predicate fails the query with the formatted message, as a <c>java.lang.RuntimeException</c> inside Neo4j's
/// procedure-call failure; a false or null predicate lets it through.
/// </summary>
internal static class ApocUtil
{
    public const string ValidateName = "apoc.util.validate";
    public const string ValidatePredicateName = "apoc.util.validatePredicate";

    public static ProcedureDefinition Validate { get; } = new(
        ValidateName,
        [("predicate", "BOOLEAN?"), ("message", "STRING?"), ("params", "LIST? OF ANY?")],
        [],
        (_, arguments) =>
        {
            Check(arguments[0], arguments[1], arguments[2], cause => CypherErrors.ApocProcedureFailed(ValidateName, cause));
            return [];
        });

    public static FunctionDefinition ValidatePredicate { get; } = new(
        ValidatePredicateName, 3, 3,
        (arguments, _) =>
        {
            Check(arguments[0], arguments[1], arguments[2], cause => CypherErrors.ApocFunctionFailed(ValidatePredicateName, cause));
            return true;
        })
    {
        NullInNullOut = false,
    };

    private static void Check(object? predicate, object? message, object? parameters, Func<string, Exception> failure)
    {
        if (predicate is not true)
        {
            return;
        }

        var arguments = parameters as IReadOnlyList<object?> ?? [];
        var (text, formatFailure) = JavaMessageFormat.Format(message as string ?? "null", arguments);
        throw failure(formatFailure ?? $"java.lang.RuntimeException: {text}");
    }
}
