namespace GraphExplorer.Database;

/// <summary>
/// The GQLSTATUS codes Neo4j 5 gives the errors a backend of this product can raise, each with Neo4j's status
/// description (https://neo4j.com/docs/status-codes/current/errors/gql-errors/). The one home of these codes and texts:
/// the engine's error catalogues pick the condition of each error they build from here. A description's additional
/// text is filled in only where the error knows its parameters; otherwise the description stops at the subcondition,
/// which Neo4j's framework allows ("the subcondition for the subclass 000 is empty"; the additional text is optional),
/// rather than showing a placeholder.
/// </summary>
public static class GqlConditions
{
    private const string SyntaxOrAccess = "error: syntax error or access rule violation";
    private const string Data = "error: data exception";
    private const string TransactionState = "error: invalid transaction state";
    private const string Procedure = "error: procedure exception";
    private const string GeneralProcessing = "error: general processing exception";

    // ---- 50: general processing ----------------------------------------------------------------------------------

    /// <summary>50N42, the code Neo4j's drivers give an error that carries no GQL status of its own.</summary>
    public static GqlStatus Unexpected { get; } =
        new("50N42", $"{GeneralProcessing} - unexpected error. Unexpected error has occurred. See debug log for details.");

    // ---- 42: syntax error or access rule violation ----------------------------------------------------------------

    /// <summary>42001, which Neo4j raises for every query it cannot compile, with the specific reason as its cause.</summary>
    public static GqlStatus InvalidSyntax(GqlStatus? cause = null) => new("42001", $"{SyntaxOrAccess} - invalid syntax", cause);

    public static GqlStatus InvalidInput(string input, string expected) =>
        new("42I06", $"{SyntaxOrAccess} - invalid input. Invalid input `{input}`, expected: `{expected}`.");

    public static GqlStatus InvalidComment { get; } =
        new("42I02", $"{SyntaxOrAccess} - invalid comment. Failed to parse comment. A comment starting with `/*` must also have a closing `*/`.");

    public static GqlStatus InvalidStringLiteral { get; } =
        new("42I19", $"{SyntaxOrAccess} - invalid string literal. Failed to parse string literal. The query must contain an even number of non-escaped quotes.");

    public static GqlStatus InvalidNumberLiteral(string valueType, string literal) =>
        new("42I07", $"{SyntaxOrAccess} - invalid integer literal. The given `{valueType}` literal `{literal}` is invalid.");

    public static GqlStatus InvalidFieldTerminator { get; } =
        new("42I05", $"{SyntaxOrAccess} - invalid FIELDTERMINATOR. The FIELDTERMINATOR specified for LOAD CSV can only be one character wide.");

    public static GqlStatus VariableNotDefined(string variable) =>
        new("42N62", $"{SyntaxOrAccess} - variable not defined. Variable `{variable}` not defined.");

    public static GqlStatus VariableAlreadyDefined(string variable) =>
        new("42N59", $"{SyntaxOrAccess} - variable already defined. Variable `{variable}` already declared.");

    public static GqlStatus NoSuchFunction(string function) =>
        new("42N48", $"{SyntaxOrAccess} - no such function. The function `{function}` was not found. Verify that the spelling is correct.");

    public static GqlStatus NoSuchProcedure(string procedure) =>
        new("42N08", $"{SyntaxOrAccess} - no such procedure. The procedure `{procedure}` was not found. Verify that the spelling is correct.");

    public static GqlStatus InvalidNumberOfArguments { get; } =
        new("42I13", $"{SyntaxOrAccess} - invalid number of procedure or function arguments");

    public static GqlStatus InvalidAggregation(string expression) =>
        new("42I24", $"{SyntaxOrAccess} - invalid use of aggregate function. Aggregate expression `{expression}` is not allowed in this context.");

    public static GqlStatus NonGroupingSubExpression { get; } =
        new("42I18", $"{SyntaxOrAccess} - reference to non-grouping sub-expression");

    public static GqlStatus ReturnStarWithoutVariables { get; } =
        new("42I37", $"{SyntaxOrAccess} - invalid use of `RETURN *`. `RETURN *` is not allowed when there are no variables in scope.");

    public static GqlStatus ReturnNotLast { get; } =
        new("42I38", $"{SyntaxOrAccess} - invalid use of `RETURN`. `RETURN ...` can only be used at the end of a query or subquery.");

    public static GqlStatus UnionAndUnionAll { get; } =
        new("42I40", $"{SyntaxOrAccess} - invalid use of `UNION` and `UNION ALL`. `UNION` and `UNION ALL` cannot be combined.");

    public static GqlStatus IncompatibleReturnColumns(string context) =>
        new("42N39", $"{SyntaxOrAccess} - incompatible return column names. All `{context}` must have the same return column names. Use `AS` to ensure columns have the same name.");

    public static GqlStatus UnaliasedReturnItem(string clause) =>
        new("42N21", $"{SyntaxOrAccess} - unaliased return item. Expression in `{clause}` must be aliased (use AS).");

    public static GqlStatus DuplicateReturnItem { get; } =
        new("42N38", $"{SyntaxOrAccess} - duplicate return item name. Return items must have unique names.");

    public static GqlStatus InvalidNumberOfRelationshipTypes { get; } =
        new("42I14", $"{SyntaxOrAccess} - invalid number of relationship types");

    public static GqlStatus OnlyDirectedRelationships(string clause) =>
        new("42I56", $"{SyntaxOrAccess} - invalid relationship direction. Only directed relationships are supported in `{clause}`.");

    public static GqlStatus VariableLengthRelationshipNotAllowed { get; } =
        new("42I41", $"{SyntaxOrAccess} - invalid use of variable length relationship");

    /// <summary>42I21: a quantified path pattern reads a variable its own graph pattern declares outside it.</summary>
    public static GqlStatus ReferenceOutOfQuantifiedPath(string variable, string pattern) =>
        new("42I21", $"{SyntaxOrAccess} - invalid reference to variable out of scope. Not allowed to reference `{variable}` from within a parenthesized/quantified path pattern like `{pattern}` in the same graph pattern.");

    public static GqlStatus ParameterMapInPattern { get; } =
        new("42N32", $"{SyntaxOrAccess} - invalid use of parameter map");

    public static GqlStatus InvalidParameter(string parameter) =>
        new("42N51", $"{SyntaxOrAccess} - invalid parameter. Invalid parameter `${parameter}`.");

    public static GqlStatus CallInTransactionsAfterWrite { get; } =
        new("42I25", $"{SyntaxOrAccess} - invalid use of `CALL IN TRANSACTIONS`. `CALL {{ ... }} IN TRANSACTIONS` is not supported after a write clause.");

    public static GqlStatus UseNotFirst { get; } =
        new("42N73", $"{SyntaxOrAccess} - invalid placement of `USE` clause");

    public static GqlStatus WritingInReadAccessMode { get; } =
        new("42N02", $"{SyntaxOrAccess} - writing in read access mode. Writing in read access mode not allowed.");

    // ---- 22: data exception ----------------------------------------------------------------------------------------

    public static GqlStatus NumericValueOutOfRange(string? value = null) => value is null
        ? new("22003", $"{Data} - numeric value out of range")
        : new("22003", $"{Data} - numeric value out of range. The numeric value `{value}` is outside the required range.");

    public static GqlStatus DivisionByZero { get; } = new("22012", $"{Data} - division by zero");

    /// <summary>22G03, the standard's condition for a value of the wrong type, which Neo4j uses when an operation meets one.</summary>
    public static GqlStatus InvalidValueType { get; } = new("22G03", $"{Data} - invalid value type");

    public static GqlStatus InvalidArgument { get; } = new("22N11", $"{Data} - invalid argument");

    public static GqlStatus GraphReferenceNotFound(string name) =>
        new("22N51", $"{Data} - graph reference not found. A graph reference with the name `{name}` was not found. Verify that the spelling is correct.");

    public static GqlStatus EquivalentIndexExists(string descriptionOrName) =>
        new("22N70", $"{Data} - equivalent index already exists. An equivalent index already exists: `{descriptionOrName}`.");

    public static GqlStatus EquivalentConstraintExists(string descriptionOrName) =>
        new("22N65", $"{Data} - equivalent constraint already exists. An equivalent constraint already exists: `{descriptionOrName}`.");

    public static GqlStatus IndexNameTaken(string name) =>
        new("22N71", $"{Data} - duplicated index name. An index with the same name already exists: `{name}`.");

    public static GqlStatus NoSuchIndex(string descriptionOrName) =>
        new("22N69", $"{Data} - index does not exist. The index `{descriptionOrName}` does not exist.");

    public static GqlStatus NoSuchConstraint(string descriptionOrName) =>
        new("22N64", $"{Data} - constraint does not exist. The constraint `{descriptionOrName}` does not exist.");

    public static GqlStatus ExternalResourceFailed(string url) =>
        new("22N43", $"{Data} - unable to load external resource. Could not load external resource from `{url}`.");

    // ---- 25: invalid transaction state -----------------------------------------------------------------------------

    public static GqlStatus EntityAccessedAfterDeletion(string entityType) =>
        new("25N13", $"{TransactionState} - cannot access entity after removal. A `{entityType}` was accessed after being deleted in this transaction. Verify the transaction statements.");

    public static GqlStatus TransactionClosed { get; } =
        new("25N05", $"{TransactionState} - transaction closed. Transaction has been closed.");

    public static GqlStatus AccessDenied { get; } =
        new("42NFF", $"{SyntaxOrAccess} - permission/access denied. Access denied, see the security logs for details.");

    public static GqlStatus TransactionTerminated(string reason) =>
        new("25N14", $"{TransactionState} - transaction termination client error. The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. Reason: {reason}");

    public static GqlStatus ImplicitTransactionRequired { get; } =
        new("25N17", $"{TransactionState} - implicit transaction required. The attempted operation requires an implicit transaction.");

    // ---- 52: procedure exception -----------------------------------------------------------------------------------

    public static GqlStatus ProcedureInvocationFailed(string signature, string message) =>
        new("52N33", $"{Procedure} - procedure invocation failed. Failed to invoke procedure/function `{signature}` caused by: `{message}`.");

    public static GqlStatus ProcedureExecutionFailed(string? procedure) => procedure is null
        ? new("52N37", $"{Procedure} - procedure execution error")
        : new("52N37", $"{Procedure} - procedure execution error. Execution of the procedure `{procedure}` failed.");

    /// <summary>The status class of a Neo4j status code: CLIENT_ERROR, TRANSIENT_ERROR or DATABASE_ERROR (the
    /// diagnostic record's <c>_classification</c>).</summary>
    public static string ClassificationOf(string neo4jCode) =>
        neo4jCode.StartsWith("Neo.ClientError.", StringComparison.Ordinal) ? "CLIENT_ERROR"
        : neo4jCode.StartsWith("Neo.TransientError.", StringComparison.Ordinal) ? "TRANSIENT_ERROR"
        : "DATABASE_ERROR";
}
