using System.Text.Json;
using GraphExplorer.Application.Loading;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// A load's per-file outcome as one JSON document on the output stream (<c>load --json</c>), for tools:
/// <c>{"scripts": [{"name", "path", "outcome", "statistics", "error", "misquotes", "violations", "warnings", "notes",
/// "changes"}]}</c>. Each problem is <c>{"file", "line", "column", "message"}</c>; <c>changes</c> (a dry run's diff) is
/// <see cref="ChangeSetJson"/>'s form, null when the load did not compute one.
/// </summary>
internal static class LoadReportJson
{
    /// <returns>The process exit code, as <see cref="LoadReportPrinter.Print"/> gives it.</returns>
    public static int Print(IReadOnlyList<ScriptReport> reports, TextWriter output)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("scripts");
            foreach (var report in reports)
            {
                writer.WriteStartObject();
                writer.WriteString("name", report.Script.Name);
                writer.WriteString("path", report.Script.Path);
                writer.WriteString("outcome", JsonNamingPolicy.CamelCase.ConvertName(report.Outcome.ToString()));
                writer.WriteString("statistics", StatisticsText.Describe(report.Statistics));
                writer.WritePropertyName("error");
                if (report.Error is { } error)
                {
                    Problem(writer, error);
                }
                else
                {
                    writer.WriteNullValue();
                }

                Problems(writer, "misquotes", report.Misquotes);
                Problems(writer, "violations", report.Violations);
                Problems(writer, "warnings", report.Warnings);
                writer.WriteStartArray("notes");
                foreach (var note in report.Notes ?? [])
                {
                    writer.WriteStringValue(note);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("changes");
                if (report.Changes is { } changes)
                {
                    ChangeSetJson.Write(writer, changes);
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return reports.Any(r => r.Error is not null) ? 1 : 0;
    }

    private static void Problems(Utf8JsonWriter writer, string name, IReadOnlyList<LoadError>? problems)
    {
        writer.WriteStartArray(name);
        foreach (var problem in problems ?? [])
        {
            Problem(writer, problem);
        }

        writer.WriteEndArray();
    }

    private static void Problem(Utf8JsonWriter writer, LoadError problem)
    {
        writer.WriteStartObject();
        writer.WriteString("file", problem.File);
        writer.WriteNumber("line", problem.Line);
        writer.WriteNumber("column", problem.Column);
        writer.WriteString("message", problem.Message);
        writer.WriteEndObject();
    }
}
