using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Database;

namespace GraphExplorer.QueryApi;

/// <summary>The endpoints: auto-commit queries, explicit transactions, and the system database's commands.</summary>
public sealed partial class QueryApiService
{
    private readonly ConcurrentDictionary<string, QueryApiTransaction> transactions = new(StringComparer.Ordinal);
    private readonly Timer sweeper;

    private async Task<QueryApiAnswer> AutoCommitAsync(QueryApiRequest request)
    {
        var statement = request.Statement ?? throw new QueryApiRequestException("An auto-commit request needs a \"statement\".");
        if (string.Equals(request.DatabaseName, SystemDatabase, StringComparison.OrdinalIgnoreCase))
        {
            return await RunSystemCommandAsync(request, statement);
        }

        var database = Database(request.DatabaseName);
        database.CheckBookmarks(request.Bookmarks);
        var parameters = request.Parameters;
        await using var session = database.Database.OpenSession(new SessionOptions(Limits: Options.Limits, Client: request.Client));
        QueryResult result;
        try
        {
            // A write request runs as Neo4j's implicit transaction does, which CALL { … } IN TRANSACTIONS needs; a
            // read request keeps an explicit read transaction, so that a write in it is refused as Neo4j refuses it.
            if (request.AccessMode == AccessMode.Write)
            {
                result = await session.RunAsync(statement, parameters, request.Context.RequestAborted);
            }
            else
            {
                await using var transaction = await session.BeginTransactionAsync(request.AccessMode, request.Context.RequestAborted);
                result = await transaction.RunAsync(statement, parameters, request.Context.RequestAborted);
                await transaction.CommitAsync(request.Context.RequestAborted);
            }
        }
        catch (CypherException exception)
        {
            throw new QueryApiErrorException(Translate(exception, request));
        }

        var bookmark = result.Statistics.ContainsUpdates ? database.Bookmarks.Commit() : database.Bookmarks.Current;
        return new QueryApiAnswer(HttpStatusCode.Accepted, writer =>
        {
            writer.WriteStartObject();
            WriteResult(writer, result, request.IncludeCounters, request.Typed);
            WriteBookmarks(writer, bookmark);
            writer.WriteEndObject();
        });
    }

    private async Task<QueryApiAnswer> BeginAsync(QueryApiRequest request)
    {
        var database = Database(request.DatabaseName);
        database.CheckBookmarks(request.Bookmarks);
        if (transactions.Count >= Options.MaxOpenTransactions)
        {
            throw new QueryApiErrorException(QueryApiError.TooManyTransactions(Options.MaxOpenTransactions));
        }

        var session = database.Database.OpenSession(new SessionOptions(Limits: Options.Limits, Client: request.Client));
        IGraphTransaction embedded;
        try
        {
            embedded = await session.BeginTransactionAsync(request.AccessMode, request.Context.RequestAborted);
        }
        catch (CypherException exception)
        {
            await session.DisposeAsync();
            throw new QueryApiErrorException(Translate(exception, request));
        }

        // Expiry set and gate taken before the transaction is visible, so the sweeper cannot take it half begun.
        var transaction = new QueryApiTransaction(NewToken(), NewToken(), database, request.Login.MayWrite, session, embedded)
        {
            Expires = DateTimeOffset.UtcNow + Options.TransactionIdleTimeout,
        };
        await transaction.Gate.WaitAsync();
        transactions[transaction.Id] = transaction;
        try
        {
            var result = await RunStatementAsync(transaction, request);
            return InTransactionAnswer(transaction, result, request);
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private async Task<QueryApiAnswer> RunInTransactionAsync(QueryApiRequest request)
    {
        var transaction = await EnterAsync(request);
        try
        {
            var result = await RunStatementAsync(transaction, request);
            return InTransactionAnswer(transaction, result, request);
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private async Task<QueryApiAnswer> CommitAsync(QueryApiRequest request)
    {
        var transaction = await EnterAsync(request);
        try
        {
            var result = await RunStatementAsync(transaction, request);
            transactions.TryRemove(transaction.Id, out _);
            try
            {
                await transaction.Transaction.CommitAsync();
            }
            catch (CypherException exception)
            {
                transaction.Abandon();
                throw new QueryApiErrorException(Translate(exception, request));
            }

            await transaction.CloseAsync();
            var bookmark = transaction.Wrote || transaction.RanSchema ? transaction.Database.Bookmarks.Commit() : transaction.Database.Bookmarks.Current;
            return new QueryApiAnswer(HttpStatusCode.Accepted, writer =>
            {
                writer.WriteStartObject();
                WriteResult(writer, result, request.IncludeCounters, request.Typed);
                WriteBookmarks(writer, bookmark);
                writer.WriteEndObject();
            });
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private async Task<QueryApiAnswer> RollbackAsync(QueryApiRequest request)
    {
        var transaction = await EnterAsync(request);
        try
        {
            transactions.TryRemove(transaction.Id, out _);
            transaction.Abandon();
            return new QueryApiAnswer(HttpStatusCode.OK, writer =>
            {
                writer.WriteStartObject();
                WriteResult(writer, null, includeCounters: false, request.Typed);
                WriteBookmarks(writer, null);
                writer.WriteEndObject();
            });
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    /// <summary>
    /// Finds the transaction a request names and takes its gate. Unknown, expired and finished transactions, and
    /// requests without the transaction's affinity, are all "not found", as on a Neo4j cluster.
    /// </summary>
    private async Task<QueryApiTransaction> EnterAsync(QueryApiRequest request)
    {
        var id = request.Id;
        var affinity = request.Context.Request.Headers[AffinityHeader].ToString();
        if (!transactions.TryGetValue(id, out var transaction)
            || !string.Equals(transaction.Database.Name, request.DatabaseName, StringComparison.OrdinalIgnoreCase)
            || transaction.Affinity != affinity)
        {
            throw new QueryApiErrorException(QueryApiError.TransactionNotFound(id));
        }

        await transaction.Gate.WaitAsync();
        if (!transactions.ContainsKey(id) || transaction.Expires < DateTimeOffset.UtcNow)
        {
            transaction.Gate.Release();
            throw new QueryApiErrorException(QueryApiError.TransactionNotFound(id));
        }

        return transaction;
    }

    /// <summary>
    /// Runs the request's statement, if any, in the transaction. Any failure rolls the transaction back and closes it, as
    /// Neo4j does; so does mixing schema commands and data queries.
    /// </summary>
    private async Task<QueryResult?> RunStatementAsync(QueryApiTransaction transaction, QueryApiRequest request)
    {
        try
        {
            var statement = request.Statement;
            if (statement is null)
            {
                return null;
            }

            var schema = IsSchemaCommand(statement);
            if (schema ? transaction.Wrote : transaction.RanSchema)
            {
                throw new QueryApiErrorException(QueryApiError.MixedTransactionType(schemaAfterData: schema));
            }

            QueryResult result;
            try
            {
                result = await transaction.Transaction.RunAsync(statement, request.Parameters, request.Context.RequestAborted);
            }
            catch (CypherException exception)
            {
                throw new QueryApiErrorException(Translate(exception, request));
            }

            transaction.RanSchema |= schema;
            transaction.Wrote |= !schema && result.Statistics.ContainsUpdates;
            return result;
        }
        catch (Exception exception) when (exception is QueryApiErrorException or QueryApiRequestException)
        {
            transactions.TryRemove(transaction.Id, out _);
            transaction.Abandon();
            throw;
        }
    }

    private QueryApiAnswer InTransactionAnswer(QueryApiTransaction transaction, QueryResult? result, QueryApiRequest request)
    {
        transaction.Expires = DateTimeOffset.UtcNow + Options.TransactionIdleTimeout;
        var expires = transaction.Expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return new QueryApiAnswer(
            HttpStatusCode.Accepted,
            writer =>
            {
                writer.WriteStartObject();
                WriteResult(writer, result, request.IncludeCounters, request.Typed);
                WriteBookmarks(writer, null);
                writer.WriteStartObject("transaction");
                writer.WriteString("id", transaction.Id);
                writer.WriteString("expires", expires);
                writer.WriteEndObject();
                writer.WriteEndObject();
            },
            transaction.Affinity);
    }

    /// <summary>Rolls back transactions left idle past their expiry (the embedded write lock they hold is released).</summary>
    private void SweepExpired()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var transaction in transactions.Values)
        {
            if (transaction.Expires < now && transaction.Gate.Wait(0))
            {
                try
                {
                    if (transaction.Expires < now && transactions.TryRemove(transaction.Id, out _))
                    {
                        transaction.Abandon();
                    }
                }
                finally
                {
                    transaction.Gate.Release();
                }
            }
        }
    }

    /// <summary>
    /// The system database takes <c>CREATE DATABASE name [IF NOT EXISTS] [WAIT]</c> and
    /// <c>DROP DATABASE name [IF EXISTS] [DESTROY DATA] [WAIT]</c>, when the catalog can create and drop databases (the
    /// product's cannot: it has one database). Only a login that may write may run them.
    /// </summary>
    private async Task<QueryApiAnswer> RunSystemCommandAsync(QueryApiRequest request, string statement)
    {
        var create = CreateDatabasePattern().Match(statement);
        var drop = DropDatabasePattern().Match(statement);
        if (!create.Success && !drop.Success)
        {
            throw new QueryApiErrorException(QueryApiError.NotSystemCommand());
        }

        if (!request.Login.MayWrite)
        {
            throw new QueryApiErrorException(QueryApiError.WriteForbidden(request.Login.User ?? "anonymous"));
        }

        if (create.Success)
        {
            var name = create.Groups["name"].Value;
            switch (databases.Create(name))
            {
                case null:
                    throw new QueryApiErrorException(QueryApiError.UnsupportedAdministration(statement));
                case false when !create.Groups["ifNotExists"].Success:
                    throw new QueryApiErrorException(QueryApiError.ExistingDatabase(name));
            }
        }
        else
        {
            var name = drop.Groups["name"].Value;
            if (databases.Find(name) is { } existing)
            {
                AbandonTransactionsOf(existing);
            }

            switch (await databases.DropAsync(name))
            {
                case null:
                    throw new QueryApiErrorException(QueryApiError.UnsupportedAdministration(statement));
                case false when !drop.Groups["ifExists"].Success:
                    throw new QueryApiErrorException(QueryApiError.DatabaseNotFound(name));
            }
        }

        return new QueryApiAnswer(HttpStatusCode.Accepted, writer =>
        {
            writer.WriteStartObject();
            WriteResult(writer, null, request.IncludeCounters, request.Typed);
            WriteBookmarks(writer, null);
            writer.WriteEndObject();
        });
    }

    /// <summary>An engine error in Neo4j's words, where the request says more than the engine knows: a reader's write
    /// is forbidden, not a read-only transaction's mistake. Read by its status code, so a backend that reports Neo4j's
    /// code (the Neo4j client) is read as the embedded engine is.</summary>
    private static QueryApiError Translate(CypherException exception, QueryApiRequest request) =>
        Neo4jStatus.CodeOf(exception) == "Neo.ClientError.Statement.AccessMode" && !request.Login.MayWrite
            ? QueryApiError.WriteForbidden(request.Login.User ?? "anonymous")
            : QueryApiError.From(exception);

    private QueryApiDatabase Database(string name) =>
        databases.Find(name) ?? throw new QueryApiErrorException(QueryApiError.DatabaseNotFound(name));

    /// <summary>A schema modification (CREATE/DROP INDEX/CONSTRAINT); SHOW commands read and mix with queries.</summary>
    private static bool IsSchemaCommand(string statement)
    {
        try
        {
            var parsed = CypherParser.ParseScript(statement);
            return parsed.Statements.Length > 0 && parsed.Statements.All(s => s is not (Cypher.Syntax.Ast.Query or Cypher.Syntax.Ast.ShowSchemaStatement));
        }
        catch (CypherException)
        {
            return false; // The engine reports the syntax error when the statement runs.
        }
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    [GeneratedRegex(@"^\s*CREATE\s+DATABASE\s+`?(?<name>[A-Za-z][A-Za-z0-9.\-]*)`?(?<ifNotExists>\s+IF\s+NOT\s+EXISTS)?(\s+WAIT)?\s*;?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreateDatabasePattern();

    [GeneratedRegex(@"^\s*DROP\s+DATABASE\s+`?(?<name>[A-Za-z][A-Za-z0-9.\-]*)`?(?<ifExists>\s+IF\s+EXISTS)?(\s+(DESTROY|DUMP)\s+DATA)?(\s+WAIT)?\s*;?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DropDatabasePattern();
}
