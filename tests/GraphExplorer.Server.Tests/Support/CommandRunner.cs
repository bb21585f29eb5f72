using System.CommandLine;

namespace GraphExplorer.Server.Tests.Support;

/// <summary>Runs one command of the command line in this process, capturing what it prints.</summary>
/// <remarks>It redirects the process's console: tests using it belong to <see cref="Collection"/>, which runs them one at a time.</remarks>
public static class CommandRunner
{
    public const string Collection = "Console capture";

    public static async Task<(int Exit, string Output, string Errors)> RunAsync(Command command, params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exit = await new RootCommand { command }.Parse(args).InvokeAsync();
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}

[CollectionDefinition(CommandRunner.Collection, DisableParallelization = true)]
public sealed class ConsoleCaptureCollection;
