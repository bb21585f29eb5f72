using System.Diagnostics;
using System.Text.Json.Nodes;
using GraphExplorer.GraphQL.Conformance.Cases;

namespace GraphExplorer.GraphQL.Conformance.Observing;

/// <summary>
/// graphql-js's side: one <c>node oracle/oracle.mjs</c> process observes every case (input and output as described in
/// that script). Installs the pinned package with <c>npm ci</c> when node_modules is missing.
/// </summary>
internal static class OracleObserver
{
    /// <returns>The graphql-js version and the observation of each case, by case id.</returns>
    /// <exception cref="InvalidOperationException">node or npm is missing or the oracle fails; the message says why.</exception>
    public static async Task<(string Version, IReadOnlyDictionary<string, JsonObject> Results)> ObserveAsync(
        string oracleFolder, Corpus corpus, IReadOnlyList<ConformanceCase> cases, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(oracleFolder, "node_modules", "graphql")))
        {
            var (code, _, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], oracleFolder, null, cancellationToken);
            if (code != 0)
            {
                throw new InvalidOperationException($"npm ci in {oracleFolder} failed: {error}");
            }
        }

        var input = new JsonObject
        {
            ["schemas"] = new JsonObject(corpus.Schemas.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
            ["cases"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["schema"] = c.Schema,
                ["document"] = c.Document,
                ["variables"] = c.Variables?.DeepClone(),
                ["root"] = corpus.RootOf(c).DeepClone(),
                ["operationName"] = c.OperationName,
            })]),
        };
        var (exit, output, stderr) = await RunAsync("node", ["oracle.mjs"], oracleFolder, input.ToJsonString(), cancellationToken);
        if (exit != 0)
        {
            throw new InvalidOperationException($"the graphql-js oracle failed (exit {exit}): {stderr}");
        }

        var parsed = JsonNode.Parse(output)!.AsObject();
        var results = parsed["results"]!.AsArray()
            .Select(r => r!.AsObject())
            .ToDictionary(r => (string)r["id"]!, StringComparer.Ordinal);
        return ((string)parsed["version"]!, results);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(
        string program, IReadOnlyList<string> arguments, string folder, string? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is needed to run graphql-js and could not be started: {e.Message}", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
                process.StandardInput.Close();
            }

            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await output, await error);
        }
    }
}
