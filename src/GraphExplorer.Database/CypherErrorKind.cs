namespace GraphExplorer.Database;

/// <summary>
/// What went wrong, in the openCypher TCK's vocabulary for query errors, plus the kinds a database client meets.
/// </summary>
public enum CypherErrorKind
{
    // openCypher TCK error types.
    SyntaxError,
    SemanticError,
    ParameterMissing,
    ConstraintVerificationFailed,
    ConstraintValidationFailed,
    EntityNotFound,
    PropertyNotFound,
    LabelNotFound,
    TypeError,
    ArgumentError,
    ArithmeticError,
    ProcedureError,

    // Limits that stop a query.
    QueryTimeout,
    ResultLimitExceeded,

    // Transactions, storage and connections.
    TransactionError,
    DatabaseInUse,
    StorageCorruption,
    DatabaseUnavailable,
    AuthenticationFailed,
    Forbidden,
    TransientError,
    DatabaseError,
}
