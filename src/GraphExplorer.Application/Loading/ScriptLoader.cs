using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Export;
using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Database;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Applies Cypher scripts in order, so that a re-run of an applied script is a no-op and a script's queries apply whole
/// or not at all. Everything a script creates or changes is stamped with its batch (<c>script:name@checksum</c>) and
/// steward (see <see cref="Lineage"/>).
/// </summary>
/// <remarks>
/// <para>Works on any <see cref="IGraphDatabase"/>. Scripts are split into statements by the Cypher parser before anything
/// runs, so a syntax error anywhere in a file is reported (as <c>file:line:column</c>) without touching the database.</para>
/// <para>What "whole or not at all" covers: a script's queries run in one transaction together with the record of the
/// script's name and checksum. Its schema commands (CREATE/DROP CONSTRAINT/INDEX) cannot join that transaction, because
/// Neo4j refuses schema commands and data in one transaction; so they must come before the first query or after the last
/// (a file that mixes them is refused before anything runs), and each runs in its own transaction: those before the
/// queries first, those after once the queries have committed. A failure in the queries therefore leaves the schema
/// commands before them applied, and a failing schema command after them leaves the queries committed (the report says
/// so). Both are safe to re-run when written idempotently (IF NOT EXISTS / IF EXISTS), as cypher/000_schema.cypher and
/// every dump are. A script of schema commands only is recorded, in a transaction of its own, once they all ran. The
/// embedded engine and Neo4j behave alike here: the loader does the same on both.</para>
/// <para>After a script's queries and in their transaction, the articles its Source nodes name are attached as their
/// <c>text</c> (see <see cref="SourceTexts"/>).</para>
/// <para>Thread-safety: one load at a time per instance.</para>
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
            stopped = report.Outcome is ScriptOutcome.Failed or ScriptOutcome.RefusedChanged or ScriptOutcome.RefusedStewardEdits;
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

        ScriptPhases phases;
        try
        {
            var (split, misplaced) = ScriptPhases.Of(SplitStatements(script));
            if (misplaced is not null)
            {
                return new ScriptReport(script, ScriptOutcome.Failed, QueryStatistics.Empty, new LoadError(script.Path, misplaced.Line, misplaced.Column,
                    "SchemaCommandAmongQueries: a schema command must come before the first query or after the last one of a file " +
                    "(Neo4j runs schema commands apart from data, each in its own transaction); nothing of the file was applied."));
            }

            phases = split!;
        }
        catch (CypherException exception)
        {
            return Failed(script, exception);
        }

        var statistics = QueryStatistics.Empty;
        try
        {
            statistics += await RunSchemaAsync(phases.SchemaBefore, options.DryRun, cancellationToken);
            statistics += await RunQueriesAsync(script, phases, options, cancellationToken);
            if (options.DryRun)
            {
                statistics += await RunSchemaAsync(phases.SchemaAfter, dryRun: true, cancellationToken);
                return new ScriptReport(script, ScriptOutcome.WouldApply, statistics);
            }

            SearchIndex.Invalidate(database); // search reads its writes (names and aliases may have changed)
        }
        catch (CypherException exception)
        {
            return Failed(script, exception);
        }
        catch (StewardEditConflictException conflict)
        {
            return new ScriptReport(script, ScriptOutcome.RefusedStewardEdits, statistics, new LoadError(script.Path, 1, 1, conflict.Message));
        }

        try
        {
            statistics += await RunSchemaAsync(phases.SchemaAfter, dryRun: false, cancellationToken);
        }
        catch (CypherException exception)
        {
            return Failed(script, exception, "the file's queries were committed and it is recorded as applied; this schema command after them failed: ");
        }

        logger.LogInformation(
            "{Verb} {Script} ({Checksum}): {Statistics}",
            reapplying ? "Re-applied" : "Applied",
            script.Name,
            script.Checksum[..12],
            statistics);
        return new ScriptReport(script, ScriptOutcome.Applied, statistics);
    }

    /// <summary>Runs schema commands, each in its own transaction (rolled back in a dry run).</summary>
    private async Task<QueryStatistics> RunSchemaAsync(IReadOnlyList<ScriptStatement> commands, bool dryRun, CancellationToken cancellationToken)
    {
        var statistics = QueryStatistics.Empty;
        foreach (var command in commands)
        {
            await using var session = database.OpenSession();
            await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, cancellationToken);
            statistics += (await transaction.RunAsync(command.Text, null, cancellationToken)).Statistics;
            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return statistics;
    }

    /// <summary>
    /// Runs the queries in one transaction with the lineage stamps and the record of the script, and commits it (rolls it
    /// back in a dry run). A script without queries is only recorded.
    /// </summary>
    private async Task<QueryStatistics> RunQueriesAsync(ScriptFile script, ScriptPhases phases, LoadOptions options, CancellationToken cancellationToken)
    {
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, cancellationToken);
        var statistics = QueryStatistics.Empty;
        var batch = Lineage.ScriptBatch(script);
        // A dump restores a graph with its lineage already on every entity: it is not a new batch of facts.
        var watch = phases.Queries.Count > 0 && !script.Text.StartsWith(GraphDumper.Header, StringComparison.Ordinal);
        try
        {
            var before = watch ? await Lineage.TakeAsync(transaction, cancellationToken) : null;
            foreach (var statement in phases.Queries)
            {
                statistics += (await transaction.RunAsync(statement.Text, null, cancellationToken)).Statistics;
            }

            if (phases.Queries.Count > 0)
            {
                statistics += await SourceTexts.AttachAsync(transaction, script, cancellationToken);
            }

            if (before is not null)
            {
                var after = await Lineage.TakeAsync(transaction, cancellationToken);
                if (!options.OverwriteStewardEdits && await StewardEdits.OverwrittenAsync(transaction, before, after, cancellationToken) is { Count: > 0 } overwritten)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    throw new StewardEditConflictException(script.Name, overwritten);
                }

                if (!options.DryRun)
                {
                    await Lineage.StampChangesAsync(transaction, before, after, batch, options.Steward, cancellationToken);
                }
            }

            if (options.DryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
                return statistics;
            }

            await RecordAppliedAsync(transaction, script, phases.Count, options.Steward, batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return statistics;
        }
        catch (CypherException)
        {
            await RollbackQuietlyAsync(transaction);
            throw;
        }
    }

    /// <summary>
    /// Splits a script into statements. Each text keeps the script's preceding lines and columns as blanks, so the
    /// positions a backend reports for an error in a statement are positions in the file.
    /// </summary>
    internal static IReadOnlyList<ScriptStatement> SplitStatements(ScriptFile script)
    {
        var parsed = CypherParser.ParseScript(script.Text, script.Path);
        var statements = new List<ScriptStatement>(parsed.Statements.Length);
        foreach (var statement in parsed.Statements)
        {
            var prefix = BlankOut(script.Text.AsSpan(0, statement.Span.Start));
            statements.Add(new ScriptStatement(
                prefix + script.Text[statement.Span.Start..statement.Span.End],
                statement is not (Cypher.Syntax.Ast.Query or Cypher.Syntax.Ast.ShowSchemaStatement),
                statement.Span.Line,
                statement.Span.Column));
        }

        return statements;
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

    private static ScriptReport Failed(ScriptFile script, CypherException exception, string? context = null)
    {
        var position = exception.Position ?? new SourcePosition(0, 1, 1);
        var message = $"{exception.Kind}: {context}{FirstLine(exception.Message)}";
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
