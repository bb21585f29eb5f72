using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Export;
using GraphExplorer.Cypher.Scripts;
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
/// <para>Works on any <see cref="IGraphDatabase"/>. A script is read twice, forward, one statement at a time (see
/// <see cref="ScriptSplitter"/>): first to check every statement (its syntax by the database's parser, when the backend
/// offers one through <see cref="IChecksSyntax"/>; its kind by <see cref="StatementClassifier"/>), so a syntax error
/// anywhere in a file is reported (as <c>file:line:column</c>) without touching the data, then to run them. The loader's memory is thus that of one
/// statement whatever the size of the file; what grows with the file is the open transaction itself, which must hold
/// every change until it commits (README, "Loading large scripts", gives each backend's bound).</para>
/// <para>Limits: each statement runs under the database's per-statement timeout, and the file under
/// <see cref="LoadOptions.FileTimeout"/>; the row limit, which caps rows returned to a client, does not apply (a
/// script's rows go to no one). A failure names the limit, the statement's number and its line and column.</para>
/// <para>What "whole or not at all" covers: a script's queries run in one transaction together with the record of the
/// script's name and checksum. Its schema commands (CREATE/DROP CONSTRAINT/INDEX) cannot join that transaction, because
/// Neo4j refuses schema commands and data in one transaction; so they must come before the first query or after the last
/// (a file that mixes them is refused before anything runs), and each runs in its own transaction: those before the
/// queries first, those after once the queries have committed. A failure in the queries therefore leaves the schema
/// commands before them applied, and a failing schema command after them leaves the queries committed (the report says
/// so). Both are safe to re-run when written idempotently (IF NOT EXISTS / IF EXISTS), as cypher/000_schema.cypher and
/// every dump are. A script of schema commands only is recorded, in a transaction of its own, once they all ran. The
/// embedded engine and Neo4j behave alike here: the loader does the same on both.</para>
/// <para>A query with <c>CALL { … } IN TRANSACTIONS</c> commits its batches itself, which Neo4j allows only in an
/// implicit transaction: it is placed like a schema command (before the first query or after the last) and runs on its
/// own, in auto-commit, so its batches are outside the file's all-or-nothing guarantee. The report notes each such
/// statement; when it fails, the batches it committed stay (written with MERGE, it is safe to re-run); a dry run skips
/// it. What it changed is stamped with the file's batch like the rest.</para>
/// <para>After a script's queries and in their transaction, the articles its Source nodes name are attached as their
/// <c>text</c> (see <see cref="SourceTexts"/>), and every quote the script gives is checked against its source's text
/// (see <see cref="ScriptQuotes"/>): a misquote refuses the whole file, unless <see cref="LoadOptions.AllowMisquotes"/>.
/// With <see cref="LoadOptions.Rules"/> on, the data rules are checked there too (<see cref="ScriptViolations"/>), and
/// every problem of the file is listed at once, each as <c>file:line:column</c>, before anything commits.</para>
/// <para>A dry run reports what the file would create, change or delete, property by property (<see cref="ChangeSet"/>).</para>
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
            stopped = report.Outcome is ScriptOutcome.Failed or ScriptOutcome.RefusedChanged or ScriptOutcome.RefusedStewardEdits or ScriptOutcome.RefusedMisquotes
                or ScriptOutcome.RefusedViolations;
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

        ScriptPlan plan;
        try
        {
            plan = ScriptPlan.Read(script, database as IChecksSyntax);
        }
        catch (ScriptStatementException exception)
        {
            return Failed(script, exception);
        }

        if (plan.Count == 0)
        {
            logger.LogWarning("{Script} holds no statement: nothing ran, and it is not recorded as applied.", script.Name);
            return new ScriptReport(script, ScriptOutcome.Empty, QueryStatistics.Empty);
        }

        // The file's budget covers all of its statements; each statement also has the database's own query timeout.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.FileTimeout is { } fileTimeout)
        {
            budget.CancelAfter(fileTimeout);
        }

        var run = new ScriptRun(script, plan, options, budget, cancellationToken, logger);
        using var reader = script.OpenText();
        using var statements = ScriptSplitter.Split(reader).GetEnumerator();
        var statistics = QueryStatistics.Empty;
        var notes = new List<string>();
        var checks = ScriptChecks.None;
        try
        {
            statistics += await RunSeparateAsync(run, statements, plan.SeparateBefore, options.DryRun, notes);
            (var queried, checks, var changes, var retracted) = await RunQueriesAsync(run, statements, reapplying);
            statistics += queried;
            if (retracted.Count > 0)
            {
                notes.Add($"{(options.DryRun ? "would retract" : "retracted")} what the previous version of {script.Name} alone said and this one " +
                    $"no longer says: {string.Join(", ", retracted)}");
            }

            if (options.DryRun)
            {
                statistics += await RunSeparateAsync(run, statements, plan.SeparateAfter, dryRun: true, notes);
                return new ScriptReport(script, ScriptOutcome.WouldApply, statistics, Notes: notes, Misquotes: checks.Quotes.Misquotes,
                    Warnings: checks.Warnings, Violations: checks.Violations, Changes: changes);
            }
        }
        catch (ScriptChecksException refused)
        {
            return Refused(script, refused.Checks, options, statistics, notes);
        }
        catch (ScriptStatementException exception)
        {
            return Failed(script, exception, notes: notes);
        }
        catch (StewardEditConflictException conflict)
        {
            return new ScriptReport(script, ScriptOutcome.RefusedStewardEdits, statistics, new LoadError(script.Path, 1, 1, conflict.Message), notes);
        }

        try
        {
            statistics += await RunSeparateAsync(run, statements, plan.SeparateAfter, dryRun: false, notes);
        }
        catch (ScriptStatementException exception)
        {
            return Failed(script, exception, "the file's queries were committed and it is recorded as applied; this statement after them failed: ", notes) with
            {
                Misquotes = checks.Quotes.Misquotes, Warnings = checks.Warnings, Violations = checks.Violations,
            };
        }

        logger.LogInformation(
            "{Verb} {Script} ({Checksum}): {Statistics}",
            reapplying ? "Re-applied" : "Applied",
            script.Name,
            script.Checksum[..12],
            statistics);
        return new ScriptReport(script, ScriptOutcome.Applied, statistics, Notes: notes, Misquotes: checks.Quotes.Misquotes, Warnings: checks.Warnings,
            Violations: checks.Violations);
    }

    /// <summary>
    /// The report of a file its checks refused: the first problem in file order is the error's place; what refused it is
    /// listed in <see cref="ScriptReport.Misquotes"/> and <see cref="ScriptReport.Violations"/>, what was allowed among
    /// the warnings.
    /// </summary>
    private static ScriptReport Refused(ScriptFile script, ScriptChecks checks, LoadOptions options, QueryStatistics statistics, List<string> notes)
    {
        var misquotes = checks.MisquotesRefuse(options) ? checks.Quotes.Misquotes : [];
        var violations = checks.ViolationsRefuse(options) ? checks.Violations : [];
        var first = misquotes.Concat(violations).OrderBy(e => e.Line).ThenBy(e => e.Column).First();
        var message = violations.Count == 0
            ? $"{misquotes.Count} quote(s) do not occur in the text of the source they cite; nothing of {script.Name} was applied " +
              "(correct the quotes, or re-run with --allow-misquotes to load it anyway)"
            : $"{misquotes.Count + violations.Count} problem(s) found before commit ({misquotes.Count} misquote(s), {violations.Count} data-rule " +
              $"violation(s)); nothing of {script.Name} was applied (fix them, or re-run with --allow-violations" +
              (misquotes.Count > 0 ? " and --allow-misquotes" : "") + " to load it anyway)";
        var allowed = checks.Quotes.Misquotes.Except(misquotes).Concat(checks.Violations.Except(violations));
        return new ScriptReport(script, violations.Count > 0 ? ScriptOutcome.RefusedViolations : ScriptOutcome.RefusedMisquotes, statistics,
            new LoadError(script.Path, first.Line, first.Column, message), notes, misquotes, [.. checks.Warnings, .. allowed], violations);
    }

    /// <summary>
    /// Runs the next <paramref name="count"/> statements, each on its own: a schema command in its own transaction
    /// (rolled back in a dry run), a query with <c>CALL { … } IN TRANSACTIONS</c> in auto-commit (not run in a dry run).
    /// </summary>
    private async Task<QueryStatistics> RunSeparateAsync(ScriptRun run, IEnumerator<StatementText> statements, int count, bool dryRun, List<string> notes)
    {
        var statistics = QueryStatistics.Empty;
        for (var i = 0; i < count; i++)
        {
            var command = Next(statements);
            if (StatementClassifier.Classify(command.Text) == StatementKind.InTransactions)
            {
                statistics += await RunInTransactionsAsync(run, command, dryRun, notes);
                continue;
            }

            await using var session = database.OpenSession(SessionOptions.System);
            await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, run.CancellationToken);
            statistics += await run.StatementAsync(transaction, command);
            if (dryRun)
            {
                await transaction.RollbackAsync(run.CancellationToken);
            }
            else
            {
                await transaction.CommitAsync(run.CancellationToken);
            }
        }

        return statistics;
    }

    /// <summary>
    /// Runs a query with <c>CALL { … } IN TRANSACTIONS</c> in auto-commit, as Neo4j requires: its batches commit as they
    /// go, outside the file's transaction, so it is noted in the report, and in a dry run (which could not roll it
    /// back) it does not run. What it changed is stamped with the file's batch and steward afterwards, even when it
    /// failed after some batches committed; it is not checked against stewards' API edits, since nothing of it could
    /// be rolled back by then.
    /// </summary>
    private async Task<QueryStatistics> RunInTransactionsAsync(ScriptRun run, StatementText statement, bool dryRun, List<string> notes)
    {
        var where = $"statement {statement.Number} (line {statement.Line})";
        if (dryRun)
        {
            notes.Add($"{where} was not run: it uses CALL {{ … }} IN TRANSACTIONS, whose batches commit as they go, so a dry run could not roll it back");
            return QueryStatistics.Empty;
        }

        await using var session = database.OpenSession(SessionOptions.System);
        var before = await FingerprintAsync(session, run.CancellationToken);
        try
        {
            var statistics = await run.StatementAsync(session, statement);
            notes.Add($"{where} ran on its own with CALL {{ … }} IN TRANSACTIONS: its batches committed as they went, outside the file's all-or-nothing transaction");
            return statistics;
        }
        catch (ScriptStatementException)
        {
            notes.Add($"{where} failed in CALL {{ … }} IN TRANSACTIONS: the batches it committed before the failure stay applied");
            throw;
        }
        finally
        {
            await StampAsync(session, before, run);
        }
    }

    private static async Task<Lineage.Fingerprint> FingerprintAsync(IGraphSession session, CancellationToken cancellationToken)
    {
        await using var read = await session.BeginTransactionAsync(AccessMode.Read, cancellationToken);
        return await Lineage.TakeAsync(read, cancellationToken);
    }

    /// <summary>Stamps what changed since <paramref name="before"/> with the file's batch and steward, in a transaction of its own.</summary>
    private static async Task StampAsync(IGraphSession session, Lineage.Fingerprint before, ScriptRun run)
    {
        if (IsDump(run.Script))
        {
            return;
        }

        await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, CancellationToken.None);
        var after = await Lineage.TakeAsync(transaction, CancellationToken.None);
        await Lineage.StampChangesAsync(transaction, before, after, Lineage.ScriptBatch(run.Script), run.Options.Steward, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>
    /// Runs the script's queries, read one at a time, in one transaction with the lineage stamps and the record of the
    /// script, and commits it (rolls it back in a dry run). A script without queries is only recorded. Before it commits,
    /// checks it (<see cref="ScriptChecks"/>: quotes, and the data rules unless <see cref="LoadOptions.Rules"/> is off);
    /// what the options do not allow rolls the file back. In a dry run also gives what it would change.
    /// </summary>
    /// <remarks>A changed script being re-applied (<paramref name="reapplying"/>) first retracts what its previous
    /// versions alone asserted (<see cref="ScriptRetraction"/>), in the same transaction, so it ends up saying exactly
    /// what the new version says; what it no longer says is given back (<c>node …</c>, <c>rel …</c>) and recorded as
    /// deleted in an audit entry of its own (operation <c>reingest</c>).</remarks>
    /// <exception cref="ScriptChecksException">The checks found what the options do not allow.</exception>
    private async Task<(QueryStatistics Statistics, ScriptChecks Checks, ChangeSet? Changes, IReadOnlyList<string> Retracted)> RunQueriesAsync(
        ScriptRun run, IEnumerator<StatementText> statements, bool reapplying)
    {
        var (script, plan, options) = (run.Script, run.Plan, run.Options);
        // The row limit caps rows returned to a client; a script's rows go to no one, and the bookkeeping reads the whole graph.
        await using var session = database.OpenSession(SessionOptions.System);
        await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, run.CancellationToken);
        var statistics = QueryStatistics.Empty;
        var checks = ScriptChecks.None;
        ChangeSet? changes = null;
        IReadOnlyList<string> retracted = [];
        var batch = Lineage.ScriptBatch(script);
        // A dump restores a graph with its lineage already on every entity: it is not a new batch of facts.
        var watch = plan.Queries > 0 && !IsDump(script);
        try
        {
            // Kept whole: the dry run's diff and the undo record need the state before of what the script changes; the
            // fingerprint (taken in a dry run too: the check that a script does not overwrite stewards' API edits needs
            // both sides) is made from it.
            var snapshot = watch ? await GraphSnapshot.TakeAsync(transaction, run.CancellationToken) : null;
            var before = snapshot is null ? null : Lineage.Fingerprint.Of(snapshot);
            Lineage.Fingerprint? after = null;
            var violationsBefore = watch && options.Rules != RuleChecks.Off ? await ScriptViolations.BeforeAsync(transaction, run.CancellationToken) : null;
            var retraction = watch && reapplying ? await ScriptRetraction.RetractAsync(transaction, script.Name, forget: false, run.CancellationToken) : null;
            for (var i = 0; i < plan.Queries; i++)
            {
                statistics += await run.StatementAsync(transaction, Next(statements));
            }

            if (plan.Queries > 0)
            {
                statistics += await SourceTexts.AttachAsync(transaction, script, run.CancellationToken);
            }

            // A dump restores the graph as it was kept (quotes loaded with --allow-misquotes too): it is not checked.
            if (before is not null)
            {
                after = await Lineage.TakeAsync(transaction, run.CancellationToken);
                if (snapshot is not null && options.DryRun)
                {
                    changes = ChangeSet.Between(snapshot, await GraphSnapshot.TakeAsync(transaction, run.CancellationToken));
                }

                var quotes = await ScriptQuotes.CheckAsync(transaction, script, run.CancellationToken);
                var created = after.Nodes.Keys.Where(id => !before.Nodes.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
                var strict = violationsBefore is not null && options.Strict && snapshot is not null
                    ? await ScriptModelChecks.CheckAsync(transaction, script, snapshot, before, after, run.CancellationToken)
                    : new ScriptModelChecks.Findings([], []);
                var violations = violationsBefore is null
                    ? []
                    : await ScriptViolations.CheckAsync(transaction, script, violationsBefore, created, strict.Violations, run.CancellationToken);
                checks = new ScriptChecks(quotes, violations, strict.Warnings.Count == 0 ? [] : ScriptViolations.Locate(script, strict.Warnings));
                if (checks.Refuse(options))
                {
                    await transaction.RollbackAsync(run.CancellationToken);
                    throw new ScriptChecksException(checks);
                }

                if (!options.OverwriteStewardEdits
                    && await StewardEdits.OverwrittenAsync(transaction, before, after, ScriptRetraction.Target(script.Name), run.CancellationToken) is { Count: > 0 } overwritten)
                {
                    await transaction.RollbackAsync(run.CancellationToken);
                    throw new StewardEditConflictException(script.Name, overwritten);
                }

                if (retraction is not null)
                {
                    var again = await ScriptRetraction.StillStatedAsync(transaction, retraction.Deleted, run.CancellationToken);
                    retracted = [.. retraction.Deleted.Except(again, StringComparer.Ordinal)];
                }

                if (!options.DryRun)
                {
                    await Lineage.StampChangesAsync(transaction, before, after, batch, options.Steward, run.CancellationToken);
                    if (retracted.Count > 0)
                    {
                        await RecordRetractionAsync(transaction, script, batch, options.Steward, retracted, run.CancellationToken);
                    }
                }
            }

            if (options.DryRun)
            {
                await transaction.RollbackAsync(run.CancellationToken);
                return (statistics, checks, changes, retracted);
            }

            await RecordAppliedAsync(transaction, script, plan.Count, options.Steward, batch, run.CancellationToken);
            if (snapshot is not null && before is not null && after is not null)
            {
                await RecordUndoAsync(transaction, script, batch, options.Steward, snapshot, before, after, run.CancellationToken);
            }

            await transaction.CommitAsync(run.CancellationToken);
            return (statistics, checks, changes, retracted);
        }
        catch (CypherException exception)
        {
            // A failure of the loader's own bookkeeping: the last statement read is the place to point at.
            await RollbackQuietlyAsync(transaction);
            throw new ScriptStatementException(run.LastStatement ?? new StatementText("", 1, 1, 0), exception);
        }
        catch (ScriptStatementException)
        {
            await RollbackQuietlyAsync(transaction);
            throw;
        }
    }

    private static StatementText Next(IEnumerator<StatementText> statements) =>
        statements.MoveNext()
            ? statements.Current
            : throw new InvalidOperationException("The script changed while it was being loaded: it holds fewer statements than when it was read.");

    private static bool IsDump(ScriptFile script)
    {
        using var reader = script.OpenText();
        var head = new char[GraphDumper.Header.Length];
        return reader.ReadBlock(head) == head.Length && head.AsSpan().SequenceEqual(GraphDumper.Header);
    }

    private async Task<IReadOnlyDictionary<string, string>> ReadAppliedChecksumsAsync(CancellationToken cancellationToken)
    {
        await using var session = database.OpenSession(SessionOptions.System);
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
            $"SET s.checksum = $checksum, s.appliedAt = $appliedAt, s.steward = $steward, s.statements = $statements, s.batch = $batch, s.{ScriptKeys.Property} = $keys",
            new Dictionary<string, object?>
            {
                ["name"] = script.Name,
                ["checksum"] = script.Checksum,
                ["appliedAt"] = DateTimeOffset.UtcNow,
                ["steward"] = steward,
                ["statements"] = statementCount,
                ["batch"] = batch,
                ["keys"] = ScriptKeys.Named(script).ToList(),
            },
            cancellationToken);

    /// <summary>
    /// Records, for a rollback, the state before of what the file changed (<see cref="UndoRecord"/>): what its queries
    /// (and a re-apply's retraction) created, changed or deleted, and its own applied-script record, so that rolling it
    /// back also forgets or restores that record.
    /// </summary>
    private static async Task RecordUndoAsync(
        IGraphTransaction transaction,
        ScriptFile script,
        string batch,
        string steward,
        GraphSnapshot snapshot,
        Lineage.Fingerprint before,
        Lineage.Fingerprint after,
        CancellationToken cancellationToken)
    {
        var nodes = Lineage.Changed(before.Nodes, after.Nodes).Concat(before.Nodes.Keys.Where(id => !after.Nodes.ContainsKey(id))).ToHashSet(StringComparer.Ordinal);
        var relationships = Lineage.Changed(before.Relationships, after.Relationships)
            .Concat(before.Relationships.Keys.Where(id => !after.Relationships.ContainsKey(id))).ToHashSet(StringComparer.Ordinal);
        var applied = await transaction.RunAsync($"MATCH (s:{AppliedScriptLabel} {{name: $name}}) RETURN elementId(s) AS id",
            new Dictionary<string, object?> { ["name"] = script.Name }, cancellationToken);
        nodes.UnionWith(applied.Select(r => r.Get<string>("id")));
        await UndoRecord.WriteAsync(transaction, batch, steward, "load", DateTimeOffset.UtcNow, snapshot.Only(nodes, relationships),
            await GraphSnapshot.ReadAsync(transaction, nodes, relationships, cancellationToken), cancellationToken);
    }

    /// <summary>Records what a re-applied script retracted, as deletions of an audit entry (so <c>lineage</c> lists them).</summary>
    private static Task RecordRetractionAsync(
        IGraphTransaction transaction,
        ScriptFile script,
        string batch,
        string steward,
        IReadOnlyList<string> retracted,
        CancellationToken cancellationToken) =>
        AuditEntries.WriteAsync(transaction, $"{ScriptRetraction.BatchPrefix}{Guid.NewGuid():N}", steward, DateTimeOffset.UtcNow, "reingest",
            ScriptRetraction.Target(script.Name), $"{{\"batch\":\"{batch}\"}}", retracted, cancellationToken);

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

    private static ScriptReport Failed(ScriptFile script, ScriptStatementException exception, string? context = null, IReadOnlyList<string>? notes = null)
    {
        var (line, column) = exception.Position;
        var statement = exception.Statement.Number > 0 ? $" (statement {exception.Statement.Number} of the file)" : "";
        var message = $"{exception.Kind}: {context}{exception.Detail}{statement}";
        return new ScriptReport(script, ScriptOutcome.Failed, QueryStatistics.Empty, new LoadError(script.Path, line, column, message), notes);
    }
}
