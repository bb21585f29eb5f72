using System.CommandLine;
using System.Text.Json;
using GraphExplorer.Application.Export;
using GraphExplorer.Database;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// <c>query "MATCH …" [--param name=value…] [--json]</c>: runs one read query from the terminal and prints its rows as a
/// table (<see cref="QueryTable"/>) or as JSON (<c>{"columns": […], "rows": [[…]]}</c>, values as
/// <see cref="CypherValueJson"/> writes them); a <c>PROFILE</c> query's measured plan follows as a second table
/// (<see cref="ProfileTable"/>), or as <c>"profile": {"columns", "rows"}</c> in JSON. The database is opened read-only
/// and the query runs in a read
/// transaction, so a query that writes is refused by the database and changes nothing; the row limit
/// (<c>Database:MaxRows</c>) and the query timeout apply as to any client.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var cypher = new Argument<string>("cypher") { Description = "The read query (Cypher, as Neo4j 5 writes it)." };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A parameter, name=value; the value is read as JSON when it is JSON (42, true, [\"a\"]), else as text. Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print {\"columns\", \"rows\"} as JSON instead of a table." };
        var command = new Command("query", "Run a read query and print its rows as a table (or JSON); nothing is changed.") { cypher, parameters, json };
        // `--Key=value` settings (configuration, read from configurationArgs) are not this command's options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            Dictionary<string, object?> values;
            try
            {
                values = Parameters(parseResult.GetValue(parameters) ?? []);
            }
            catch (FormatException exception)
            {
                Console.Error.WriteLine($"error: {exception.Message}");
                return CommandFailures.Refused;
            }

            await using var database = CommandDatabase.Open(configurationArgs, readOnly: true);
            QueryResult result;
            try
            {
                await using var session = database.OpenSession();
                await using var transaction = await session.BeginTransactionAsync(AccessMode.Read, cancellationToken);
                result = await transaction.RunAsync(parseResult.GetValue(cypher)!, values, cancellationToken);
            }
            catch (CypherException exception) when (exception.Kind != CypherErrorKind.DatabaseInUse)
            {
                Console.Error.WriteLine($"error: {exception.Message}");
                return CommandFailures.Refused;
            }

            if (parseResult.GetValue(json))
            {
                WriteJson(result, Console.Out);
            }
            else
            {
                QueryTable.Write(result, Console.Out);
                if (result.Profile is { } profile)
                {
                    Console.Out.WriteLine();
                    QueryTable.Write(ProfileTable.Of(profile), Console.Out);
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>The parameters given as <c>name=value</c>.</summary>
    /// <exception cref="FormatException">An entry without <c>=</c> or without a name.</exception>
    private static Dictionary<string, object?> Parameters(IEnumerable<string> entries)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"--param {entry}: expected name=value");
            }

            var text = entry[(equals + 1)..];
            object? value;
            try
            {
                using var document = JsonDocument.Parse(text);
                value = FromJson(document.RootElement);
            }
            catch (JsonException)
            {
                value = text;
            }

            parameters[entry[..equals]] = value;
        }

        return parameters;
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        _ => null,
    };

    private static void WriteJson(QueryResult result, TextWriter output)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            WriteColumnsAndRows(writer, result);
            if (result.Profile is { } profile)
            {
                writer.WriteStartObject("profile");
                WriteColumnsAndRows(writer, ProfileTable.Of(profile));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });
    }

    private static void WriteColumnsAndRows(Utf8JsonWriter writer, QueryResult result)
    {
        writer.WritePropertyName("columns");
        CypherValueJson.Write(writer, result.Keys);
        writer.WriteStartArray("rows");
        foreach (var record in result)
        {
            CypherValueJson.Write(writer, record.Values);
        }

        writer.WriteEndArray();
    }
}
