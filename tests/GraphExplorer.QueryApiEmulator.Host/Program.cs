using System.Runtime.InteropServices;
using GraphExplorer.TestSupport.QueryApi;

// Protocol: starts the emulator on a free loopback port with the user "neo4j" and the password in
// QUERY_API_EMULATOR_PASSWORD (the emulator's default when unset), prints one line
// "Query API emulator listening on <address>" once it answers, and stops on SIGTERM or Ctrl+C.
var defaults = new QueryApiEmulatorOptions();
var options = defaults with
{
    Password = Environment.GetEnvironmentVariable("QUERY_API_EMULATOR_PASSWORD") ?? defaults.Password,
};

await using var emulator = await QueryApiEmulator.StartAsync(options);
var stopRequested = new TaskCompletionSource();
using var onSigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopRequested.TrySetResult();
});
Console.CancelKeyPress += (_, args) =>
{
    args.Cancel = true;
    stopRequested.TrySetResult();
};

Console.WriteLine($"Query API emulator listening on {emulator.Uri}");
await stopRequested.Task;
