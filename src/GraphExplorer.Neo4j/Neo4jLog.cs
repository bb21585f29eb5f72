using Microsoft.Extensions.Logging;

namespace GraphExplorer.Neo4j;

/// <summary>Log messages of the Neo4j client. None of them carries credentials, parameter values or query results.</summary>
internal static partial class Neo4jLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Neo4j request {Operation} failed ({Detail}); retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, string detail, int attempt, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error,
        Message = "Neo4j reported a database error {Code}: {ServerMessage}")]
    public static partial void DatabaseError(ILogger logger, string code, string serverMessage);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug,
        Message = "Sent a keep-alive for Neo4j transaction {TransactionId}")]
    public static partial void KeepAliveSent(ILogger logger, string transactionId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Keep-alive of Neo4j transaction {TransactionId} failed: {Reason}")]
    public static partial void KeepAliveFailed(ILogger logger, string transactionId, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning,
        Message = "Rolling back Neo4j transaction {TransactionId} on dispose failed: {Reason}")]
    public static partial void RollbackOnDisposeFailed(ILogger logger, string transactionId, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information,
        Message = "Neo4j at {Uri} answers: version {Version} ({Edition})")]
    public static partial void Discovered(ILogger logger, Uri uri, string version, string edition);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug,
        Message = "Neo4j discovery at {Uri} answered HTTP {Status}; going on with a query")]
    public static partial void DiscoveryUnavailable(ILogger logger, Uri uri, int status);
}
