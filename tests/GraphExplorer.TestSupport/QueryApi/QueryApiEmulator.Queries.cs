using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Database;

namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>The endpoints: auto-commit queries, explicit transactions, and the system database's commands.</summary>
public sealed partial class QueryApiEmulator
{
    private readonly ConcurrentDictionary<string, EmulatedTransaction> transactions = new(StringComparer.Ordinal);
    private readonly Timer sweeper;

    private async Task<EmulatorAnswer> AutoCommitAsync(EmulatorRequest request)
    {
        var statement = request.Statement ?? throw new EmulatorRequestException("An auto-commit request needs a \"statement\".");
        if (string.Equals(request.DatabaseName, SystemDatabase, StringComparison.OrdinalIgnoreCase))
        {
            return RunSystemCommand(statement, request.IncludeCounters);
        }

        var database = Database(request.DatabaseName);
        database.CheckBookmarks(request.Bookmarks);
        var parameters = request.Parameters;
        await using var session = database.Engine.OpenSession();
        QueryResult result;
        try
        {
            // A write request runs as Neo4j's implicit transaction does, which CALL { … } IN TRANSACTIONS needs; a
            // read request keeps an explicit read transaction, so that a write in it is refused as Neo4j refuses it.
            if (request.AccessMode == AccessMode.Write)
            {
                result = await session.RunAsync(statement, parameters);
            }
            else
            {
                await using var transaction = await session.BeginTransactionAsync(request.AccessMode);
                result = await transaction.RunAsync(statement, parameters);
                await transaction.CommitAsync();
            }
        }
        catch (CypherException exception)
        {
            throw new EmulatorErrorException(EmulatorError.From(exception));
        }

        var bookmark = result.Statistics.ContainsUpdates ? database.Committed() : database.Bookmark;
        return new EmulatorAnswer(HttpStatusCode.Accepted, writer =>
        {
            writer.WriteStartObject();
            WriteResult(writer, result, request.IncludeCounters);
            WriteBookmarks(writer, bookmark);
            writer.WriteEndObject();
        });
    }

    private async Task<EmulatorAnswer> BeginAsync(EmulatorRequest request)
    {
        var database = Database(request.DatabaseName);
        database.CheckBookmarks(request.Bookmarks);
        var session = database.Engine.OpenSession();
        IGraphTransaction embedded;
        try
        {
            embedded = await session.BeginTransactionAsync(request.AccessMode);
        }
        catch (CypherException exception)
        {
            await session.DisposeAsync();
            throw new EmulatorErrorException(EmulatorError.From(exception));
        }

        // Expiry set and gate taken before the transaction is visible, so the sweeper cannot take it half begun.
        var transaction = new EmulatedTransaction(NewToken(), NewToken(), database, session, embedded)
        {
            Expires = DateTimeOffset.UtcNow + Options.TransactionIdleTimeout,
        };
        await transaction.Gate.WaitAsync();
        transactions[transaction.Id] = transaction;
        try
        {
            var result = await RunStatementAsync(transaction, request);
            return InTransactionAnswer(transaction, result, request.IncludeCounters);
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private async Task<EmulatorAnswer> RunInTransactionAsync(EmulatorRequest request)
    {
        var transaction = await EnterAsync(request);
        try
        {
            var result = await RunStatementAsync(transaction, request);
            return InTransactionAnswer(transaction, result, request.IncludeCounters);
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private async Task<EmulatorAnswer> CommitAsync(EmulatorRequest request)
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
                throw new EmulatorErrorException(EmulatorError.From(exception));
            }

            await transaction.CloseAsync();
            var bookmark = transaction.Wrote || transaction.RanSchema ? transaction.Database.Committed() : transaction.Database.Bookmark;
            return new EmulatorAnswer(HttpStatusCode.Accepted, writer =>
            {
                writer.WriteStartObject();
                WriteResult(writer, result, request.IncludeCounters);
                WriteBookmarks(writer, bookmark);
                writer.WriteEndObject();
            });
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private async Task<EmulatorAnswer> RollbackAsync(EmulatorRequest request)
    {
        var transaction = await EnterAsync(request);
        try
        {
            transactions.TryRemove(transaction.Id, out _);
            transaction.Abandon();
            return new EmulatorAnswer(HttpStatusCode.OK, writer =>
            {
                writer.WriteStartObject();
                WriteResult(writer, null, includeCounters: false);
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
    private async Task<EmulatedTransaction> EnterAsync(EmulatorRequest request)
    {
        var id = request.Id;
        var affinity = request.Context.Request.Headers[AffinityHeader].ToString();
        if (!transactions.TryGetValue(id, out var transaction)
            || !string.Equals(transaction.Database.Name, request.DatabaseName, StringComparison.OrdinalIgnoreCase)
            || transaction.Affinity != affinity)
        {
            throw new EmulatorErrorException(EmulatorError.TransactionNotFound(id));
        }

        await transaction.Gate.WaitAsync();
        if (!transactions.ContainsKey(id) || transaction.Expires < DateTimeOffset.UtcNow)
        {
            transaction.Gate.Release();
            throw new EmulatorErrorException(EmulatorError.TransactionNotFound(id));
        }

        return transaction;
    }

    /// <summary>
    /// Runs the request's statement, if any, in the transaction. Any failure rolls the transaction back and closes it, as
    /// Neo4j does; so does mixing schema commands and data queries.
    /// </summary>
    private async Task<QueryResult?> RunStatementAsync(EmulatedTransaction transaction, EmulatorRequest request)
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
                throw new EmulatorErrorException(EmulatorError.MixedTransactionType(schemaAfterData: schema));
            }

            QueryResult result;
            try
            {
                result = await transaction.Transaction.RunAsync(statement, request.Parameters);
            }
            catch (CypherException exception)
            {
                throw new EmulatorErrorException(EmulatorError.From(exception));
            }

            transaction.RanSchema |= schema;
            transaction.Wrote |= !schema && result.Statistics.ContainsUpdates;
            return result;
        }
        catch (Exception exception) when (exception is EmulatorErrorException or EmulatorRequestException)
        {
            transactions.TryRemove(transaction.Id, out _);
            transaction.Abandon();
            throw;
        }
    }

    private EmulatorAnswer InTransactionAnswer(EmulatedTransaction transaction, QueryResult? result, bool includeCounters)
    {
        transaction.Expires = DateTimeOffset.UtcNow + Options.TransactionIdleTimeout;
        var expires = transaction.Expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return new EmulatorAnswer(
            HttpStatusCode.Accepted,
            writer =>
            {
                writer.WriteStartObject();
                WriteResult(writer, result, includeCounters);
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
    /// <c>DROP DATABASE name [IF EXISTS] [DESTROY DATA] [WAIT]</c>, which is all the test fixtures need.
    /// </summary>
    private EmulatorAnswer RunSystemCommand(string statement, bool includeCounters)
    {
        var create = CreateDatabasePattern().Match(statement);
        var drop = DropDatabasePattern().Match(statement);
        if (create.Success)
        {
            var name = create.Groups["name"].Value;
            if (!CreateDatabase(name) && !create.Groups["ifNotExists"].Success)
            {
                throw new EmulatorErrorException(new EmulatorError(HttpStatusCode.BadRequest, "Neo.ClientError.Database.ExistingDatabaseFound", $"Failed to create the specified database '{name}': Database already exists."));
            }
        }
        else if (drop.Success)
        {
            var name = drop.Groups["name"].Value;
            if (!DropDatabase(name) && !drop.Groups["ifExists"].Success)
            {
                throw new EmulatorErrorException(EmulatorError.DatabaseNotFound(name));
            }
        }
        else
        {
            throw new EmulatorErrorException(new EmulatorError(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.NotSystemDatabaseError",
                "The emulator's system database takes CREATE DATABASE and DROP DATABASE only."));
        }

        return new EmulatorAnswer(HttpStatusCode.Accepted, writer =>
        {
            writer.WriteStartObject();
            WriteResult(writer, null, includeCounters);
            WriteBookmarks(writer, null);
            writer.WriteEndObject();
        });
    }

    private EmulatedDatabase Database(string name) =>
        databases.TryGetValue(name, out var database) ? database : throw new EmulatorErrorException(EmulatorError.DatabaseNotFound(name));

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
