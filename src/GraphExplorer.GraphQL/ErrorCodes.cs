namespace GraphExplorer.GraphQL;

/// <summary>Stable error codes written to <c>extensions.code</c>. Tests assert these, not prose.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string InvalidSchema = "GRAPHQL_INVALID_SCHEMA";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string UserError = "USER_ERROR";
    public const string FieldError = "FIELD_ERROR";
    public const string Unexpected = "INTERNAL_SERVER_ERROR";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string Timeout = "TIMEOUT";
    public const string Cancelled = "CANCELLED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
