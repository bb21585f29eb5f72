using GraphExplorer.Database;
using GraphExplorer.Neo4j.Errors;
using GraphExplorer.Neo4j.Http;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j;

/// <summary>
/// Keeping an idle transaction open. The server rolls back a transaction idle past
/// <c>server.queryapi.transaction_idle_timeout</c> (60 s by default) and reports the expiry time in each answer. When the
/// transaction has been idle for <see cref="Neo4jOptions.TransactionKeepAlive"/>, or is getting close to that expiry,
/// a keep-alive statement resets the server's idle clock.
/// </summary>
/// <remarks>
/// The docs suggest an empty statement for this; servers before 2025.04 mishandled empty statements in explicit
/// transactions, and a failing keep-alive would close the transaction, so the keep-alive is <c>RETURN 1</c>, which every
/// version runs and which cannot fail. The server's idle window is measured on the server's clock (its Date header) so
/// that clock skew between client and server cannot make keep-alives late or continuous.
/// </remarks>
internal sealed partial class Neo4jTransaction
{
    private static readonly QueryRequest KeepAliveRequest = new("RETURN 1");
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaximumMargin = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(1);

    // Timers take at most ~24.8 days; the loop re-plans after each sleep anyway.
    private static readonly TimeSpan MaximumSleep = TimeSpan.FromHours(1);

    private readonly CancellationTokenSource keepAliveStop = new();
    private Task keepAliveLoop = Task.CompletedTask;
    // Written under the gate, read by the loop to plan its next wake-up: a stale read only shifts one wake-up.
    private DateTimeOffset lastActivity;
    private DateTimeOffset? serverExpiry;

    /// <summary>Records a successful answer: the transaction was just active, and here is when the server will expire it.</summary>
    private void Touch(QueryApiResponse response)
    {
        lastActivity = response.ReceivedAt;
        serverExpiry = null;
        if (response.Body.Transaction?.Expires is { } expires && DateTimeOffset.TryParse(expires, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var expiresAt))
        {
            // An expiry already past on the server's clock can only come from skew (no Date header to measure against):
            // it is ignored rather than answered with keep-alives in a tight loop.
            var serverNow = response.ServerDate ?? response.ReceivedAt;
            var window = expiresAt - serverNow;
            if (window > TimeSpan.Zero)
            {
                serverExpiry = response.ReceivedAt + window;
            }
        }
    }

    /// <summary>When the next keep-alive is due: after the configured idle time, or a margin before the server's expiry.</summary>
    private DateTimeOffset NextKeepAliveDue()
    {
        var due = client.Options.TransactionKeepAlive == Timeout.InfiniteTimeSpan
            ? DateTimeOffset.MaxValue
            : lastActivity + client.Options.TransactionKeepAlive;
        if (serverExpiry is { } expiresAt)
        {
            var window = expiresAt - lastActivity;
            var margin = TimeSpan.FromTicks(Math.Min(MaximumMargin.Ticks, window.Ticks / 3));
            var beforeExpiry = expiresAt - margin;
            if (beforeExpiry < due)
            {
                due = beforeExpiry;
            }
        }

        var earliest = lastActivity + MinimumInterval;
        return due < earliest ? earliest : due;
    }

    private void StartKeepAlive()
    {
        if (client.Options.TransactionKeepAlive == Timeout.InfiniteTimeSpan && serverExpiry is null)
        {
            return;
        }

        keepAliveLoop = Task.Run(() => KeepAliveLoopAsync(keepAliveStop.Token));
    }

    private void StopKeepAlive()
    {
        if (!keepAliveStop.IsCancellationRequested)
        {
            keepAliveStop.Cancel();
        }
    }

    private async Task WaitForKeepAliveAsync()
    {
        try
        {
            await keepAliveLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting: the expected way for the loop to end.
        }

        keepAliveStop.Dispose();
    }

    private async Task KeepAliveLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var due = NextKeepAliveDue();
            var delay = due == DateTimeOffset.MaxValue ? MaximumSleep : due - client.Time.GetUtcNow();
            if (delay > MaximumSleep)
            {
                delay = MaximumSleep;
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, client.Time, stop).ConfigureAwait(false);
            }

            // A caller's request in flight refreshes the server's idle clock by itself: skip this round.
            if (!await gate.WaitAsync(0, stop).ConfigureAwait(false))
            {
                await Task.Delay(MinimumInterval, client.Time, stop).ConfigureAwait(false);
                continue;
            }

            var failed = false;
            try
            {
                if (state != TransactionState.Open || stop.IsCancellationRequested)
                {
                    return;
                }

                if (client.Time.GetUtcNow() < NextKeepAliveDue())
                {
                    continue;
                }

                var response = await client.SendAsync(
                    Call(HttpMethod.Post, path, KeepAliveRequest, Neo4jErrors.Operation.KeepAlive, timeout: null),
                    stop).ConfigureAwait(false);
                Touch(response);
                Neo4jLog.KeepAliveSent(client.Logger, Id);
                if (response.Body.Transaction is null)
                {
                    // No "transaction" key: the server has closed the transaction.
                    state = TransactionState.Failed;
                    return;
                }
            }
            catch (CypherException exception)
            {
                Neo4jLog.KeepAliveFailed(client.Logger, Id, exception.Message);
                if (exception.Detail == "TransactionExpired")
                {
                    state = TransactionState.Failed;
                    expiry = exception;
                    return;
                }

                // Another failure (e.g. the server briefly unreachable): try again shortly, not in a tight loop.
                failed = true;
            }
            finally
            {
                gate.Release();
            }

            if (failed)
            {
                await Task.Delay(FailureBackoff, client.Time, stop).ConfigureAwait(false);
            }
        }
    }
}
