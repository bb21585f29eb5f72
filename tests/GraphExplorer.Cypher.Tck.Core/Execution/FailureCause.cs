using System.Text.RegularExpressions;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>
/// Groups failures by cause for the runner's "top failure causes" table: the failure reasons written by
/// <see cref="ScenarioExecutor"/> reduced to a short key (the engine error's kind, detail and first message line with
/// numbers blanked, or the kind of mismatch), so that e.g. every scenario stopped by the same missing function counts
/// under one line.
/// </summary>
public static partial class FailureCause
{
    private const int MaxLength = 140;

    public static string Of(string reason)
    {
        var text = FirstLine(LinePrefix().Replace(reason, string.Empty, 1));
        if (QueryFailed().Match(text) is { Success: true } failed)
        {
            return $"{failed.Groups["what"].Value} failed: {Error(failed.Groups["error"].Value)}";
        }

        if (NoErrorRaised().Match(text) is { Success: true } none)
        {
            return $"no error raised; expected {none.Groups["expected"].Value}";
        }

        if (WrongError().Match(text) is { Success: true } wrong)
        {
            // The kind, phase and detail say what is wrong; the engine's message would split one cause into many lines.
            var got = ErrorParts().Match(wrong.Groups["error"].Value) is { Success: true } parts
                ? $"{parts.Groups["kind"].Value} at {parts.Groups["phase"].Value}: {parts.Groups["detail"].Value}"
                : Error(wrong.Groups["error"].Value);
            return $"wrong error: expected {wrong.Groups["expected"].Value}, got {got}";
        }

        if (text.StartsWith("expected an empty result", StringComparison.Ordinal))
        {
            return text.EndsWith("with no columns", StringComparison.Ordinal)
                ? "wrong result: rows with no columns where an empty result is expected"
                : "wrong result: rows where an empty result is expected";
        }

        if (text.StartsWith("rows differ", StringComparison.Ordinal) || text.StartsWith("columns differ", StringComparison.Ordinal))
        {
            return "wrong result: " + text.Split(':')[0];
        }

        if (text.StartsWith("side effects differ", StringComparison.Ordinal))
        {
            return "wrong side effects";
        }

        return Shorten(Digits().Replace(text, "#"));
    }

    /// <summary>"Kind at Phase: Detail: message" reduced to "Kind Detail: message" with numbers blanked.</summary>
    private static string Error(string error)
    {
        var match = ErrorParts().Match(error);
        return match.Success
            ? Shorten($"{match.Groups["kind"].Value} {match.Groups["detail"].Value}: {Digits().Replace(match.Groups["message"].Value, "#")}")
            : Shorten(Digits().Replace(error, "#"));
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? text : text[..newline]).TrimEnd('\r');
    }

    private static string Shorten(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";

    [GeneratedRegex(@"^line \d+: ")]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"^(?:expected a result, but (?<what>the query) failed|(?<what>the setup query|the [\w-]+ graph) failed): (?<error>.*)$")]
    private static partial Regex QueryFailed();

    [GeneratedRegex(@"^expected (?<expected>\w+ at [\w ]+: \w+), but the query succeeded")]
    private static partial Regex NoErrorRaised();

    [GeneratedRegex(@"^expected (?<expected>\w+ at [\w ]+: \w+), (?:got|but the engine threw) (?<error>.*)$")]
    private static partial Regex WrongError();

    [GeneratedRegex(@"^(?<kind>\w+) at (?<phase>\w+): (?<detail>[^:]*): (?<message>.*)$")]
    private static partial Regex ErrorParts();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
