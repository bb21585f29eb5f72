namespace GraphExplorer.Database;

/// <summary>
/// How Neo4j would report a <see cref="CypherException"/>: its status code (<c>Neo.{Classification}.{Category}.{Title}</c>,
/// https://neo4j.com/docs/status-codes/current/) and its message with the position in Neo4j's words. The one home of
/// this mapping for everything that speaks Neo4j's protocols for the embedded engine (the Bolt server, the Query API).
/// </summary>
public static class Neo4jStatus
{
    /// <summary>The error's own Neo4j code when it came from Neo4j; else the code of its detail or, failing that, its kind.</summary>
    public static string CodeOf(CypherException exception) =>
        exception.Neo4jCode ?? CodeOfDetail(exception.Detail) ?? CodeOf(exception.Kind);

    /// <summary>
    /// The error's GQL-status object; for an error that carries none, 50N42 "unexpected error", as Neo4j's own drivers
    /// fill in a server error without one.
    /// </summary>
    public static GqlStatus GqlStatusOf(CypherException exception) => exception.GqlStatus ?? GqlConditions.Unexpected;

    /// <summary>CLIENT_ERROR, TRANSIENT_ERROR or DATABASE_ERROR, the classification of the error's Neo4j code.</summary>
    public static string ClassificationOf(CypherException exception) => GqlConditions.ClassificationOf(CodeOf(exception));

    /// <summary>The message, with a position written as Neo4j writes it: "(line L, column C (offset: O))".</summary>
    public static string MessageOf(CypherException exception)
    {
        var message = exception.Message;
        if (exception.Position is not { } position || message.Contains("(offset:", StringComparison.Ordinal))
        {
            return message;
        }

        // The engine writes "(line L, column C)".
        var neo4jPosition = $"(line {position.Line}, column {position.Column} (offset: {position.Offset}))";
        var enginePosition = $"(line {position.Line}, column {position.Column})";
        return message.Contains(enginePosition, StringComparison.Ordinal)
            ? message.Replace(enginePosition, neo4jPosition, StringComparison.Ordinal)
            : $"{message} {neo4jPosition}";
    }

    /// <summary>Details for which Neo4j has a more precise code than the kind's.</summary>
    private static string? CodeOfDetail(string detail) => detail switch
    {
        "ProcedureNotFound" => "Neo.ClientError.Procedure.ProcedureNotFound",
        "ForbiddenInReadOnlyTransaction" => "Neo.ClientError.Statement.AccessMode",
        "Terminated" => "Neo.ClientError.Transaction.Terminated",
        _ => null,
    };

    private static string CodeOf(CypherErrorKind kind) => kind switch
    {
        CypherErrorKind.SyntaxError => "Neo.ClientError.Statement.SyntaxError",
        CypherErrorKind.SemanticError or CypherErrorKind.LabelNotFound => "Neo.ClientError.Statement.SemanticError",
        CypherErrorKind.ParameterMissing => "Neo.ClientError.Statement.ParameterMissing",
        CypherErrorKind.ConstraintVerificationFailed => "Neo.ClientError.Statement.ConstraintVerificationFailed",
        CypherErrorKind.ConstraintValidationFailed => "Neo.ClientError.Schema.ConstraintValidationFailed",
        CypherErrorKind.EntityNotFound => "Neo.ClientError.Statement.EntityNotFound",
        CypherErrorKind.PropertyNotFound => "Neo.ClientError.Statement.PropertyNotFound",
        CypherErrorKind.TypeError => "Neo.ClientError.Statement.TypeError",
        CypherErrorKind.ArgumentError => "Neo.ClientError.Statement.ArgumentError",
        CypherErrorKind.ArithmeticError => "Neo.ClientError.Statement.ArithmeticError",
        CypherErrorKind.ProcedureError => "Neo.ClientError.Procedure.ProcedureCallFailed",
        CypherErrorKind.QueryTimeout => "Neo.ClientError.Transaction.TransactionTimedOut",
        CypherErrorKind.TransactionError => "Neo.ClientError.Transaction.TransactionMarkedAsFailed",
        CypherErrorKind.AuthenticationFailed => "Neo.ClientError.Security.Unauthorized",
        CypherErrorKind.Forbidden => "Neo.ClientError.Security.Forbidden",
        CypherErrorKind.TransientError => "Neo.TransientError.Transaction.DeadlockDetected",
        CypherErrorKind.DatabaseUnavailable => "Neo.TransientError.General.DatabaseUnavailable",
        _ => "Neo.DatabaseError.General.UnknownError",
    };
}
