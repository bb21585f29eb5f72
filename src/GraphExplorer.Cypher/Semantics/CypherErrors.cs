using System.Diagnostics.CodeAnalysis;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// Every error the engine raises after parsing, built in one place so that kinds and details follow the openCypher
/// TCK vocabulary (e.g. the TCK files compile-time semantic errors under kind SyntaxError with a detail such as
/// UndefinedVariable). Messages name the offending text and, when known, its line and column.
/// </summary>
internal static partial class CypherErrors
{
    // ---- compile time (semantic analysis) ----------------------------------------------------------------------

    /// <param name="cause">The specific GQL status Neo4j gives the error, under its 42001 "invalid syntax".</param>
    public static CypherException Semantic(string detail, string message, SyntaxNode? at, GqlStatus? cause = null) =>
        Build(CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime, detail, message, at, GqlConditions.InvalidSyntax(cause));

    public static CypherException UndefinedVariable(string name, SyntaxNode at) =>
        Semantic("UndefinedVariable", $"Variable `{name}` not defined", at, GqlConditions.VariableNotDefined(name));

    public static CypherException VariableAlreadyBound(string name, SyntaxNode at) =>
        Semantic("VariableAlreadyBound", $"Variable `{name}` already declared", at, GqlConditions.VariableAlreadyDefined(name));

    public static CypherException VariableTypeConflict(string name, CypherType expected, string actual, SyntaxNode at) =>
        Semantic("VariableTypeConflict", $"Type mismatch: `{name}` defined with conflicting type {actual} (expected {expected})", at);

    public static CypherException UnknownFunction(string name, SyntaxNode at) =>
        Semantic("UnknownFunction", $"Unknown function '{name}'", at, GqlConditions.NoSuchFunction(name));

    public static CypherException InvalidNumberOfArguments(string name, SyntaxNode at) =>
        Semantic("InvalidNumberOfArguments", $"Wrong number of arguments for function '{name}'", at, GqlConditions.InvalidNumberOfArguments);

    public static CypherException CompileInvalidArgumentType(string message, SyntaxNode at) =>
        Semantic("InvalidArgumentType", message, at);

    public static CypherException NestedAggregation(SyntaxNode at) =>
        Semantic("NestedAggregation", "Can't use aggregate functions inside of aggregate functions.", at);

    public static CypherException InvalidAggregation(string message, SyntaxNode at, GqlStatus? cause = null) =>
        Semantic("InvalidAggregation", message, at, cause);

    public static CypherException AmbiguousAggregation(SyntaxNode at) =>
        Semantic("AmbiguousAggregationExpression",
            "Aggregation column contains implicit grouping expressions that are not projected on their own", at,
            GqlConditions.NonGroupingSubExpression);

    public static CypherException NoVariablesInScope(SyntaxNode at) =>
        Semantic("NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope", at,
            GqlConditions.ReturnStarWithoutVariables);

    public static CypherException NoExpressionAlias(SyntaxNode at) =>
        Semantic("NoExpressionAlias", "Expression in WITH must be aliased (use AS)", at, GqlConditions.UnaliasedReturnItem("WITH"));

    public static CypherException ColumnNameConflict(string name, SyntaxNode at) =>
        Semantic("ColumnNameConflict", $"Multiple result columns with the same name `{name}` are not supported", at,
            GqlConditions.DuplicateReturnItem);

    public static CypherException DifferentColumnsInUnion(SyntaxNode at) =>
        Semantic("DifferentColumnsInUnion", "All sub queries in an UNION must have the same column names", at,
            GqlConditions.IncompatibleReturnColumns("sub queries in an UNION"));

    public static CypherException InvalidClauseComposition(string message, SyntaxNode at, GqlStatus? cause = null) =>
        Semantic("InvalidClauseComposition", message, at, cause);

    public static CypherException NoSingleRelationshipType(SyntaxNode at) =>
        Semantic("NoSingleRelationshipType", "A single relationship type must be specified for CREATE and MERGE", at,
            GqlConditions.InvalidNumberOfRelationshipTypes);

    public static CypherException RequiresDirectedRelationship(SyntaxNode at) =>
        Semantic("RequiresDirectedRelationship", "Only directed relationships are supported in CREATE", at,
            GqlConditions.OnlyDirectedRelationships("CREATE"));

    public static CypherException CreatingVarLength(SyntaxNode at) =>
        Semantic("CreatingVarLength", "Variable length relationships cannot be used in CREATE or MERGE", at,
            GqlConditions.VariableLengthRelationshipNotAllowed);

    public static CypherException InvalidDelete(SyntaxNode at) =>
        Semantic("InvalidDelete", "DELETE only accepts nodes, relationships and paths", at);

    /// <summary>
    /// A temporal result beyond Neo4j's years -999,999,999 to +999,999,999 (java.time's range), refused as Neo4j
    /// refuses it rather than wrapped round.
    /// </summary>
    public static CypherException TemporalBeyondRange(string what) =>
        Build(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, "InvalidArgumentValue",
            $"{what}: the result lies outside the supported years -999999999 to +999999999",
            null);

    /// <summary>DELETE of a value that is no node, relationship or path, with Neo4j's wording.</summary>
    public static CypherException DeleteOfNonEntity(string actualType, SyntaxNode at) =>
        CompileInvalidArgumentType($"Type mismatch: DELETE expected Node, Path or Relationship but was {actualType}", at);

    public static CypherException NegativeIntegerArgument(string what, SyntaxNode at, CypherErrorPhase phase) =>
        Build(CypherErrorKind.SyntaxError, phase, "NegativeIntegerArgument",
            $"Invalid input for {what}: a non-negative integer is required", at);

    public static CypherException NonIntegerArgument(string what, SyntaxNode at, CypherErrorPhase phase) =>
        Build(CypherErrorKind.SyntaxError, phase, "InvalidArgumentType",
            $"Invalid input for {what}: an integer is required", at);

    public static CypherException NonConstantExpression(SyntaxNode at) =>
        Semantic("NonConstantExpression", "It is not allowed to refer to variables in SKIP or LIMIT", at);

    public static CypherException InvalidParameterUse(SyntaxNode at) =>
        Semantic("InvalidParameterUse", "Parameter maps cannot be used in MATCH patterns (use a literal map instead)", at,
            GqlConditions.ParameterMapInPattern);

    public static CypherException RelationshipUniquenessViolation(string name, SyntaxNode at) =>
        Semantic("RelationshipUniquenessViolation", $"Cannot use the same relationship variable '{name}' for multiple relationships", at);

    public static CypherException InvalidRelationshipPattern(string message, SyntaxNode at) =>
        Semantic("InvalidRelationshipPattern", message, at);

    public static CypherException IntegerOverflow(SyntaxNode at) =>
        Semantic("IntegerOverflow", "integer is too large", at, GqlConditions.NumericValueOutOfRange());

    public static CypherException ProcedureNotFound(string name, SyntaxNode at) =>
        Build(CypherErrorKind.ProcedureError, CypherErrorPhase.CompileTime, "ProcedureNotFound",
            $"There is no procedure with the name `{name}` registered for this database instance", at,
            GqlConditions.InvalidSyntax(GqlConditions.NoSuchProcedure(name)));

    // ---- full-text indexes: Neo4j 5's messages and status codes (its procedures fail with an IllegalArgumentException,
    // reported as Neo.ClientError.Procedure.ProcedureCallFailed; bad OPTIONS as Neo.ClientError.Statement.ArgumentError)

    public static CypherException FullTextProcedureFailed(string procedure, string cause, SyntaxNode? at) =>
        WithNeo4jCode(
            Build(CypherErrorKind.ProcedureError, CypherErrorPhase.Runtime, "ProcedureCallFailed",
                $"Failed to invoke procedure `{procedure}`: Caused by: {cause}", at, GqlConditions.ProcedureInvocationFailed(procedure, cause)),
            "Neo.ClientError.Procedure.ProcedureCallFailed");

    // ---- APOC: a failing procedure or function is reported as Neo4j reports any user procedure's exception

    public static CypherException ApocProcedureFailed(string procedure, string cause) =>
        WithNeo4jCode(
            Build(CypherErrorKind.ProcedureError, CypherErrorPhase.Runtime, "ProcedureCallFailed",
                $"Failed to invoke procedure `{procedure}`: Caused by: {cause}", null, GqlConditions.ProcedureInvocationFailed(procedure, cause)),
            "Neo.ClientError.Procedure.ProcedureCallFailed");

    public static CypherException ApocFunctionFailed(string function, string cause) =>
        WithNeo4jCode(
            Build(CypherErrorKind.ProcedureError, CypherErrorPhase.Runtime, "ProcedureCallFailed",
                $"Failed to invoke function `{function}`: Caused by: {cause}", null, GqlConditions.ProcedureInvocationFailed(function, cause)),
            "Neo.ClientError.Procedure.ProcedureCallFailed");

    public static CypherException NoSuchFullTextIndex(string procedure, string name, SyntaxNode? at) =>
        FullTextProcedureFailed(procedure, $"java.lang.IllegalArgumentException: There is no such fulltext schema index: {name}", at);

    public static CypherException FullTextIndexOfOtherEntity(string procedure, string name, bool onRelationships, SyntaxNode? at) =>
        FullTextProcedureFailed(procedure,
            $"java.lang.IllegalArgumentException: The '{name}' index is an index on {(onRelationships ? "RELATIONSHIP" : "NODE")}, "
            + $"so it cannot be queried for {(onRelationships ? "nodes" : "relationships")}.", at);

    public static CypherException InvalidFullTextOptions(string message, SyntaxNode at) =>
        Build(CypherErrorKind.ArgumentError, CypherErrorPhase.CompileTime, "InvalidArgumentValue",
            $"Could not create fulltext index with specified {message}", at);

    public static CypherException FullTextIndexNameTaken(string name, SyntaxNode at) =>
        WithNeo4jCode(SchemaError("IndexWithNameAlreadyExists", $"There already exists an index called '{name}'.", at, GqlConditions.IndexNameTaken(name)),
            "Neo.ClientError.Schema.IndexWithNameAlreadyExists");

    public static CypherException EquivalentFullTextIndexExists(string name, SyntaxNode at) =>
        WithNeo4jCode(SchemaError("EquivalentSchemaRuleAlreadyExists", $"An equivalent index already exists, '{name}'.", at, GqlConditions.EquivalentIndexExists(name)),
            "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists");

    private static CypherException WithNeo4jCode(CypherException error, string code) =>
        new(error.Kind, error.Phase, error.Detail, error.Message, error.Position, error.InnerException) { Neo4jCode = code, GqlStatus = error.GqlStatus };

    public static CypherException ParameterMissing(string name, SyntaxNode? at) =>
        Build(CypherErrorKind.ParameterMissing, CypherErrorPhase.CompileTime, "MissingParameter",
            $"Expected parameter(s): {name}", at, GqlConditions.InvalidParameter(name));

    public static CypherException Unsupported(string what, SyntaxNode at) =>
        Build(CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime, "UnsupportedFeature",
            $"{what} is not supported by the embedded engine", at);

    public static CypherException PropertyAccessOnValue(CypherType type, SyntaxNode at) =>
        Build(CypherErrorKind.TypeError, CypherErrorPhase.CompileTime, "InvalidArgumentType",
            $"Type mismatch: expected Map, Node or Relationship but was {type}", at);

    // ---- compile time: static types and clause composition (messages built here, not at call sites) ------------

    public static CypherException TypeMismatch(CypherType expected, CypherType actual, SyntaxNode at) =>
        CompileInvalidArgumentType($"Type mismatch: expected {expected} but was {actual}", at);

    public static CypherException PropertyAccessOnPath(SyntaxNode at) =>
        CompileInvalidArgumentType($"Type mismatch: expected Map, Node or Relationship but was {CypherType.Path}", at);

    public static CypherException OperandTypeMismatch(BinaryOperator op, CypherType? left, CypherType? right, SyntaxNode at) =>
        CompileInvalidArgumentType($"Type mismatch: {op} cannot combine {left?.ToString() ?? "a value"} and {right?.ToString() ?? "a value"}", at);

    public static CypherException InNeedsList(CypherType actual, SyntaxNode at) =>
        CompileInvalidArgumentType($"Type mismatch: IN expects a List, got {actual}", at);

    public static CypherException FunctionArgumentTypeMismatch(string function, CypherType actual, SyntaxNode at) =>
        CompileInvalidArgumentType($"Type mismatch: {function}() cannot take a {actual}", at);

    public static CypherException InvalidExistsArgument(SyntaxNode at) =>
        CompileInvalidArgumentType("Argument to exists(...) is not a property or pattern", at);

    public static CypherException PatternPredicateWithoutRelationship(SyntaxNode at) =>
        CompileInvalidArgumentType("A pattern predicate needs at least one relationship", at);

    public static CypherException AggregationOutOfContext(string expression, SyntaxNode at) =>
        InvalidAggregation($"Invalid use of aggregating function {expression} in this context", at, GqlConditions.InvalidAggregation(expression));

    public static CypherException MixedUnion(SyntaxNode at) =>
        InvalidClauseComposition("Invalid combination of UNION and UNION ALL", at, GqlConditions.UnionAndUnionAll);

    public static CypherException ReturnNotLast(SyntaxNode at) =>
        InvalidClauseComposition("RETURN can only be used at the end of the query", at, GqlConditions.ReturnNotLast);

    public static CypherException UpdateInExistsOrCountSubquery(SyntaxNode at) =>
        InvalidClauseComposition("An EXISTS or COUNT subquery cannot contain updating clauses", at);

    public static CypherException ReadingClauseInForeach(SyntaxNode at) =>
        InvalidClauseComposition("Only updating clauses are allowed inside FOREACH", at);

    public static CypherException ImplicitProcedureArguments(SyntaxNode at) =>
        Semantic("InvalidArgumentPassingMode", "Procedure call inside a query does not support passing arguments implicitly", at);

    public static CypherException ProcedureCallWithoutYield(SyntaxNode at) =>
        Semantic("UndefinedVariable", "Procedure call inside a query must use YIELD to name its outputs", at);

    /// <summary>The same error, placed at <paramref name="at"/> (for errors raised by code that does not know the query).</summary>
    public static CypherException At(CypherException error, SyntaxNode at) =>
        new(error.Kind, error.Phase, error.Detail, $"{error.Message} (line {at.Span.Line}, column {at.Span.Column})", at.Span.Position, error)
        {
            Neo4jCode = error.Neo4jCode,
            GqlStatus = error.GqlStatus,
        };

    // ---- run time ----------------------------------------------------------------------------------------------

    public static CypherException TypeError(string detail, string message, SyntaxNode? at = null) =>
        Build(CypherErrorKind.TypeError, CypherErrorPhase.Runtime, detail, message, at, GqlConditions.InvalidValueType);

    public static CypherException InvalidArgumentType(string message, SyntaxNode? at = null) =>
        TypeError("InvalidArgumentType", message, at);

    public static CypherException InvalidArgumentValue(string message, SyntaxNode? at = null) =>
        Build(CypherErrorKind.TypeError, CypherErrorPhase.Runtime, "InvalidArgumentValue", message, at, GqlConditions.InvalidArgument);

    public static CypherException ArgumentError(string detail, string message, SyntaxNode? at = null) =>
        Build(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, detail, message, at);

    public static CypherException NumberOutOfRange(string message, SyntaxNode? at = null) =>
        Build(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, "NumberOutOfRange", message, at, GqlConditions.NumericValueOutOfRange());

    public static CypherException Arithmetic(string detail, string message, SyntaxNode? at = null, GqlStatus? gqlStatus = null) =>
        Build(CypherErrorKind.ArithmeticError, CypherErrorPhase.Runtime, detail, message, at, gqlStatus);

    public static CypherException IntegerOverflowAtRuntime(SyntaxNode? at = null) =>
        Arithmetic("IntegerOverflow", "long overflow", at, GqlConditions.NumericValueOutOfRange());

    public static CypherException DivisionByZero(SyntaxNode? at = null) =>
        Arithmetic("DivisionByZero", "/ by zero", at, GqlConditions.DivisionByZero);

    public static CypherException DeletedEntityAccess(string what, long id, SyntaxNode? at = null) =>
        Build(CypherErrorKind.EntityNotFound, CypherErrorPhase.Runtime, "DeletedEntityAccess",
            $"{what} with id {id} has been deleted in this transaction", at, GqlConditions.EntityAccessedAfterDeletion(what.ToLowerInvariant()));

    public static CypherException DeleteConnectedNode(long id) =>
        Build(CypherErrorKind.ConstraintVerificationFailed, CypherErrorPhase.Runtime, "DeleteConnectedNode",
            $"Cannot delete node<{id}>, because it still has relationships. To delete this node, you must first delete its relationships.", null);

    public static CypherException ConstraintViolation(string message) =>
        Build(CypherErrorKind.ConstraintValidationFailed, CypherErrorPhase.Runtime, "ConstraintValidationFailed", message, null);

    public static CypherException SchemaError(string detail, string message, SyntaxNode? at = null, GqlStatus? gqlStatus = null) =>
        Build(CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime, detail, message, at, gqlStatus);

    /// <summary>CREATE INDEX/CONSTRAINT without IF NOT EXISTS where an equivalent one exists.</summary>
    public static CypherException EquivalentSchemaRuleExists(string what, string labelOrType, IEnumerable<string> properties, SyntaxNode at) =>
        SchemaError("EquivalentSchemaRuleAlreadyExists", $"An equivalent {what} already exists for {labelOrType}({string.Join(", ", properties)})", at,
            what.Contains("index", StringComparison.OrdinalIgnoreCase)
                ? GqlConditions.EquivalentIndexExists($"{labelOrType}({string.Join(", ", properties)})")
                : GqlConditions.EquivalentConstraintExists($"{labelOrType}({string.Join(", ", properties)})"));

    /// <summary>DROP INDEX/CONSTRAINT without IF EXISTS of a name that is not there.</summary>
    public static CypherException SchemaRuleNotFound(string detail, string what, string name, SyntaxNode at) =>
        SchemaError(detail, $"Unable to drop {what}: there is no {what} called '{name}'", at,
            what.Contains("index", StringComparison.OrdinalIgnoreCase) ? GqlConditions.NoSuchIndex(name) : GqlConditions.NoSuchConstraint(name));

    public static CypherException MergeReadOwnWrites(SyntaxNode at) =>
        Build(CypherErrorKind.SemanticError, CypherErrorPhase.Runtime, "MergeReadOwnWrites",
            "MERGE cannot use a property value that is null", at);

    public static CypherException Timeout(TimeSpan limit) =>
        Build(CypherErrorKind.QueryTimeout, CypherErrorPhase.Runtime, "QueryTimeout",
            $"The query ran longer than its limit of {limit}", null);

    public static CypherException TooManyRows(long limit) =>
        Build(CypherErrorKind.ResultLimitExceeded, CypherErrorPhase.Runtime, "ResultLimitExceeded",
            $"The query returned more than its limit of {limit} rows", null);

    public static CypherException Transaction(string detail, string message) =>
        Build(CypherErrorKind.TransactionError, CypherErrorPhase.Runtime, detail, message, null, detail switch
        {
            "ForbiddenInReadOnlyTransaction" => GqlConditions.WritingInReadAccessMode,
            "TransactionClosed" => GqlConditions.TransactionClosed,
            _ => null,
        });

    /// <summary>TERMINATE TRANSACTION stopped the transaction (Neo4j's Neo.ClientError.Transaction.Terminated, GQLSTATUS 25N14).</summary>
    public static CypherException Terminated() =>
        Build(CypherErrorKind.TransactionError, CypherErrorPhase.Runtime, "Terminated",
            "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. Explicitly terminated by the user.",
            null, GqlConditions.TransactionTerminated("Explicitly terminated by the user."));

    /// <summary>A reader asked to terminate a transaction it does not own: only stewards may (Neo4j's TERMINATE TRANSACTION privilege).</summary>
    public static CypherException TerminateForbidden(string transactionId) =>
        Build(CypherErrorKind.Forbidden, CypherErrorPhase.Runtime, "Forbidden",
            $"Permission denied for TERMINATE TRANSACTION '{transactionId}': in a read transaction only the user's own transactions can be terminated.", null, GqlConditions.AccessDenied);

    /// <summary>The storage could not append the transaction because the disk is full: nothing of it was applied.</summary>
    public static CypherException DiskFull(Exception cause) =>
        new(CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime, "DiskFull",
            $"The disk is full: the transaction could not be made durable and was not applied ({cause.Message}). Free space and retry.", null, cause);

    public static CypherException CommitFailed(Exception cause) =>
        new(CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime, "CommitFailed",
            $"The transaction could not be made durable and was not applied: {cause.Message}", null, cause);

    public static CypherException ProcedureFailed(string message, SyntaxNode? at) =>
        Build(CypherErrorKind.ProcedureError, CypherErrorPhase.Runtime, "ProcedureCallFailed", message, at, GqlConditions.ProcedureExecutionFailed(null));

    // ---- Neo4j 5 clauses: CALL { … } IN TRANSACTIONS, USE, FINISH ----------------------------------------------

    /// <summary>Neo4j's refusal of <c>CALL { … } IN TRANSACTIONS</c> inside an explicit transaction, with its message.</summary>
    public static CypherException InTransactionsInExplicitTransaction(SyntaxNode? at) =>
        Build(CypherErrorKind.TransactionError, CypherErrorPhase.Runtime, "ImplicitTransactionRequired",
            "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction.", at,
            GqlConditions.ImplicitTransactionRequired);

    public static CypherException InTransactionsAfterWrite(SyntaxNode at) =>
        InvalidClauseComposition("CALL { ... } IN TRANSACTIONS after a write clause is not supported", at, GqlConditions.CallInTransactionsAfterWrite);

    public static CypherException WriteAfterInTransactions(SyntaxNode at) =>
        Unsupported("An updating clause after CALL { ... } IN TRANSACTIONS (put it inside the subquery)", at);

    /// <summary><c>exists(n.prop)</c>, removed in Neo4j 5, with Neo4j's message and its replacement.</summary>
    public static CypherException RemovedPropertyExistence(SyntaxNode at) =>
        Semantic("InvalidArgumentType",
            "The property existence syntax `... exists(variable.property)` is no longer supported. Please use `variable.property IS NOT NULL` instead.", at);

    public static CypherException InvalidBatchSize(object? value, SyntaxNode at) =>
        Build(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, "InvalidArgumentValue",
            $"Invalid input. '{value ?? "null"}' is not a valid value. Must be a positive integer.", at);

    public static CypherException FinishNotLast(SyntaxNode at) =>
        InvalidClauseComposition("FINISH can only be used as the last clause of a query", at);

    public static CypherException UseNotFirst(SyntaxNode at) =>
        InvalidClauseComposition("USE can only appear at the beginning of a (sub-)query", at, GqlConditions.UseNotFirst);

    public static CypherException DatabaseNotFound(string name, SyntaxNode at) =>
        Build(CypherErrorKind.EntityNotFound, CypherErrorPhase.CompileTime, "DatabaseNotFound",
            $"Graph not found: {name} (the embedded engine holds one database, neo4j)", at, GqlConditions.GraphReferenceNotFound(name));

    [DoesNotReturn]
    public static void Throw(CypherException exception) => throw exception;

    /// <param name="gqlStatus">The GQL status Neo4j gives the error; null where Neo4j's is not known (it then reads
    /// as Neo4j's default, 50N42, see <see cref="Neo4jStatus.GqlStatusOf"/>).</param>
    private static CypherException Build(
        CypherErrorKind kind, CypherErrorPhase phase, string detail, string message, SyntaxNode? at, GqlStatus? gqlStatus = null)
    {
        var text = at is null ? message : $"{message} (line {at.Span.Line}, column {at.Span.Column})";
        return new CypherException(kind, phase, detail, text, at?.Span.Position) { GqlStatus = gqlStatus };
    }
}
