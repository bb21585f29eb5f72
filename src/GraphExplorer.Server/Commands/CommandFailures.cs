using GraphExplorer.Database;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// Failures of a command that are the user's situation, not a bug: said in one line on the error stream, with what to
/// do, instead of a stack trace (which <c>--verbose</c> adds). Anything else is left to surface with its trace.
/// </summary>
internal static class CommandFailures
{
    /// <summary>Exit code of a refusal: a damaged database, an unreadable file, a database error.</summary>
    public const int Refused = 2;

    /// <summary>Exit code of a command refused because another process (the server) holds the embedded database.</summary>
    public const int DatabaseInUse = 3;

    /// <returns>The exit code when <paramref name="exception"/> is such a failure (after writing its line), else null.</returns>
    public static int? Report(Exception exception, TextWriter errors, bool verbose)
    {
        int exitCode;
        if (exception is CypherException { Kind: CypherErrorKind.DatabaseInUse })
        {
            errors.WriteLine("database is in use — stop the server or use the API");
            exitCode = DatabaseInUse;
        }
        else if (exception is CypherException or IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: {exception.Message}");
            exitCode = Refused;
        }
        else
        {
            return null;
        }

        if (verbose)
        {
            errors.WriteLine(exception);
        }

        return exitCode;
    }
}
