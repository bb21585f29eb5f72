using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Export;
using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Database;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Applies Cypher scripts in order, each in one transaction together with the record of its name and checksum, so
/// that a script applies whole or not at all and a re-run of an applied script is a no-op. Everything a script
/// creates or changes is stamped with its batch (<c>script:name@checksum</c>) and steward (see <see cref="Lineage"/>).
/// </summary>
/// <remarks>
/// Works on any <see cref="IGraphDatabase"/>. Scripts are split into statements by the Cypher parser before anything
/// runs, so a syntax error anywhere in a file is reported (as <c>file:line:column</c>) without touching the database.
/// Thread-safety: one load at a time per instance.
/// </remarks>
public sealed class ScriptLoader
{
    /// <summary>Label of the nodes that record applied scripts.</summary>
    public const string AppliedScriptLabel = "AppliedScript";

    private readonly IGraphDatabase database;
    private readonly ILogger logger;

    public ScriptLoader(IGraphDatabase database, ILogger<ScriptLoader>? logger = null)
    {
        this.database = database;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Loads the scripts in order and stops at the first one that fails or is refused.</summary>
    public async Task<IReadOnlyList<ScriptReport>> LoadAsync(
        IReadOnlyList<ScriptFile> scripts,
        LoadOptions options,
        CancellationToken cancellationToken = default)
    {
        var reports = new List<ScriptReport>(scripts.Count);
        var applied = await ReadAppliedChecksumsAsync(cancellationToken);
        var stopped = false;
        foreach (var script in scripts)
        {
            if (stopped)
            {
                reports.Add(new ScriptReport(script, ScriptOutcome.NotAttempted, QueryStatistics.Empty));
                continue;
            }

            var report = await LoadOneAsync(script, applied, options, cancellationToken);
            reports.Add(report);
            stopped = report.Outcome is ScriptOutcome.Failed or ScriptOutcome.RefusedChanged;
        }

        return reports;
    }

    private async Task<ScriptReport> LoadOneAsync(
        ScriptFile script,
        IReadOnlyDictionary<string, string> applied,
        LoadOptions options,
        CancellationToken cancellationToken)
    {
        var reapplying = false;
        if (applied.TryGetValue(script.Name, out var appliedChecksum))
        {
            if (appliedChecksum == script.Checksum)
            {
                return new ScriptReport(script, ScriptOutcome.Unchanged, QueryStatistics.Empty);
            }

            if (!options.AllowChanged)
            {
                var message = $"{script.Name} was applied with checksum {appliedChecksum[..12]}… and has changed since " +
                    $"(now {script.Checksum[..12]}…); refusing to apply it again. Re-run with --allow-changed to re-apply it.";
                return new ScriptReport(script, ScriptOutcome.RefusedChanged, QueryStatistics.Empty, new LoadError(script.Path, 1, 1, message));
            }

            reapplying = true;
        }

        IReadOnlyList<string> statements;
        bool schemaOnly;
        try
        {
            (statements, schemaOnly) = SplitStatements(script);
        }
        catch (CypherException exception)
        {
            return Failed(script, exception);
        }

        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, cancellationToken);
        var statistics = QueryStatistics.Empty;
        var batch = Lineage.ScriptBatch(script);
        // A dump restores a graph with its lineage already on every entity: it is not a new batch of facts.
        // A schema-only script writes no entity (and Neo4j refuses data reads in a schema transaction).
        var stamp = !options.DryRun && !schemaOnly && !script.Text.StartsWith(GraphDumper.Header, StringComparison.Ordinal);
        try
        {
            var before = stamp ? await Lineage.TakeAsync(transaction, cancellationToken) : null;
            foreach (var statement in statements)
            {
                var result = await transaction.RunAsync(statement, null, cancellationToken);
                statistics += result.Statistics;
            }

            if (before is not null)
            {
                var after = await Lineage.TakeAsync(transaction, cancellationToken);
                await Lineage.StampChangesAsync(transaction, before, after, batch, options.Steward, cancellationToken);
            }

            if (options.DryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new ScriptReport(script, ScriptOutcome.WouldApply, statistics);
            }

            await RecordAppliedAsync(transaction, script, statements.Count, options.Steward, batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            SearchIndex.Invalidate(database); // search reads its writes (names and aliases may have changed)
        }
        catch (CypherException exception)
        {
            await RollbackQuietlyAsync(transaction);
            return Failed(script, exception);
        }

        logger.LogInformation(
            "{Verb} {Script} ({Checksum}): {Statistics}",
            reapplying ? "Re-applied" : "Applied",
            script.Name,
            script.Checksum[..12],
            statistics);
        return new ScriptReport(script, ScriptOutcome.Applied, statistics);
    }

    /// <summary>
    /// Splits a script into statement texts. Each text keeps the script's preceding lines and columns as blanks, so
    /// the positions a backend reports for an error in a statement are positions in the file. Also says whether the
    /// script holds schema commands only (no query).
    /// </summary>
    internal static (IReadOnlyList<string> Statements, bool SchemaOnly) SplitStatements(ScriptFile script)
    {
        var parsed = CypherParser.ParseScript(script.Text, script.Path);
        var statements = new List<string>(parsed.Statements.Length);
        foreach (var statement in parsed.Statements)
        {
            var prefix = BlankOut(script.Text.AsSpan(0, statement.Span.Start));
            statements.Add(prefix + script.Text[statement.Span.Start..statement.Span.End]);
        }

        return (statements, parsed.Statements.All(s => s is not Cypher.Syntax.Ast.Query));
    }

    private static string BlankOut(ReadOnlySpan<char> text)
    {
        var blanks = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            blanks[i] = text[i] == '\n' ? '\n' : ' ';
        }

        return new string(blanks);
    }

    private async Task<IReadOnlyDictionary<string, string>> ReadAppliedChecksumsAsync(CancellationToken cancellationToken)
    {
        await using var session = database.OpenSession();
        var result = await session.RunAsync(
            $"MATCH (s:{AppliedScriptLabel}) RETURN s.name AS name, s.checksum AS checksum",
            null,
            cancellationToken);
        return result.ToDictionary(r => r.Get<string>("name"), r => r.Get<string>("checksum"), StringComparer.Ordinal);
    }

    private static Task RecordAppliedAsync(
        IGraphTransaction transaction,
        ScriptFile script,
        int statementCount,
        string steward,
        string batch,
        CancellationToken cancellationToken) =>
        transaction.RunAsync(
            $"MERGE (s:{AppliedScriptLabel} {{name: $name}}) " +
            "SET s.checksum = $checksum, s.appliedAt = $appliedAt, s.steward = $steward, s.statements = $statements, s.batch = $batch",
            new Dictionary<string, object?>
            {
                ["name"] = script.Name,
                ["checksum"] = script.Checksum,
                ["appliedAt"] = DateTimeOffset.UtcNow,
                ["steward"] = steward,
                ["statements"] = statementCount,
                ["batch"] = batch,
            },
            cancellationToken);

    private static async Task RollbackQuietlyAsync(IGraphTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (CypherException)
        {
            // The failure being reported matters more; disposal rolls back whatever is left.
        }
    }

    private static ScriptReport Failed(ScriptFile script, CypherException exception)
    {
        var position = exception.Position ?? new SourcePosition(0, 1, 1);
        var message = $"{exception.Kind}: {FirstLine(exception.Message)}";
        return new ScriptReport(
            script,
            ScriptOutcome.Failed,
            QueryStatistics.Empty,
            new LoadError(script.Path, position.Line, position.Column, message));
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? message : message[..newline];
    }
}
