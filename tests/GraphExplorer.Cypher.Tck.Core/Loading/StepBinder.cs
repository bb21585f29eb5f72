using System.Text.RegularExpressions;
using Gherkin.Ast;
using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tck.Loading;

/// <summary>
/// Binds the text of a Gherkin step to a <see cref="TckStep"/>, following the step vocabulary of the TCK README.
/// The Given/When/Then/And keyword is ignored, as in Cucumber; only the text after it decides the meaning.
/// </summary>
internal static partial class StepBinder
{
    public static TckStep Bind(Step step, IReadOnlyDictionary<string, string> placeholders)
    {
        var line = step.Location.Line;
        var text = FeatureLoader.Substitute(step.Text.Trim(), placeholders);
        var docString = step.DocString is { } doc ? FeatureLoader.Substitute(doc.Content, placeholders) : null;
        var table = step.DataTable is { } data
            ? data.Rows.Select(row => (IReadOnlyList<string>)row.Cells
                .Select(cell => FeatureLoader.Substitute(cell.Value, placeholders)).ToList()).ToList()
            : null;

        switch (text)
        {
            case "an empty graph":
                return new GivenGraphStep(line, InitialGraph.Empty);
            case "any graph":
                return new GivenGraphStep(line, InitialGraph.Any);
            case "having executed:" or "after having executed:":
                return new HavingExecutedStep(line, Required(docString, text, line));
            case "parameters are:" or "parameter values are:":
                return new ParametersStep(line, Parameters(Required(table, text, line), line));
            case "executing query:":
                return new ExecuteQueryStep(line, Required(docString, text, line), IsControlQuery: false);
            case "executing control query:":
                return new ExecuteQueryStep(line, Required(docString, text, line), IsControlQuery: true);
            case "the result should be empty":
                return new ExpectEmptyResultStep(line);
            case "no side effects":
                return new ExpectSideEffectsStep(line, new Dictionary<string, int>());
            case "the side effects should be:":
                return new ExpectSideEffectsStep(line, SideEffects(Required(table, text, line), line));
        }

        if (NamedGraph().Match(text) is { Success: true } named)
        {
            return new GivenGraphStep(line, InitialGraph.Named, named.Groups[1].Value);
        }

        if (ResultStep().Match(text) is { Success: true } result)
        {
            var rows = Required(table, text, line);
            if (rows.Count == 0)
            {
                throw new TckLoadException($"line {line}: '{text}' needs a table with a header row.");
            }

            return new ExpectResultStep(
                line,
                rows[0],
                rows.Skip(1).ToList(),
                Ordered: result.Groups["order"].Value == "order",
                IgnoreListElementOrder: result.Groups["lists"].Success);
        }

        if (ErrorStep().Match(text) is { Success: true } error)
        {
            return new ExpectErrorStep(line, error.Groups["kind"].Value, error.Groups["phase"].Value, error.Groups["detail"].Value);
        }

        if (GqlErrorPattern().Match(text) is { Success: true } gqlError)
        {
            return new ExpectGqlErrorStep(
                line,
                gqlError.Groups["code"].Value,
                gqlError.Groups["message"].Success ? gqlError.Groups["message"].Value : null);
        }

        if (ProcedureStep().Match(text) is { Success: true } procedure)
        {
            return Procedure(procedure, Required(table, text, line), line);
        }

        if (CsvFilePattern().Match(text) is { Success: true } csv)
        {
            var rows = Required(table, text, line);
            if (rows.Count == 0)
            {
                throw new TckLoadException($"line {line}: '{text}' needs a table with a header row.");
            }

            return new CsvFileStep(line, csv.Groups["name"].Value, rows[0], rows.Skip(1).ToList());
        }

        return new UnrecognisedStep(line, text);
    }

    private static T Required<T>(T? argument, string text, int line)
        where T : class =>
        argument ?? throw new TckLoadException($"line {line}: step '{text}' needs a {(typeof(T) == typeof(string) ? "doc string" : "table")}.");

    private static List<KeyValuePair<string, string>> Parameters(IReadOnlyList<IReadOnlyList<string>> rows, int line)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var row in rows)
        {
            if (row.Count != 2)
            {
                throw new TckLoadException($"line {line}: a parameters table has two columns (name | value); found {row.Count}.");
            }

            parameters.Add(new KeyValuePair<string, string>(row[0], row[1]));
        }

        return parameters;
    }

    private static Dictionary<string, int> SideEffects(IReadOnlyList<IReadOnlyList<string>> rows, int line)
    {
        var effects = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Count != 2 || !SideEffectCounters.Names.Contains(row[0]) || !int.TryParse(row[1], out var count))
            {
                throw new TckLoadException(
                    $"line {line}: a side effect row is '<counter> | <count>' with counter one of {string.Join(", ", SideEffectCounters.Names)}; found '{string.Join(" | ", row)}'.");
            }

            effects[row[0]] = count;
        }

        return effects;
    }

    private static ProcedureDeclarationStep Procedure(Match signature, IReadOnlyList<IReadOnlyList<string>> table, int line)
    {
        var inputs = Signature(signature.Groups["inputs"].Value, line);
        var outputs = Signature(signature.Groups["outputs"].Value, line);
        var names = inputs.Concat(outputs).Select(p => p.Name).ToList();

        // A procedure without inputs and outputs is declared with an empty table ("|"), which has no cells at all.
        var rows = table.Where(row => row.Count > 0).ToList();
        if (rows.Count == 0 ? names.Count > 0 : !rows[0].SequenceEqual(names))
        {
            throw new TckLoadException(
                $"line {line}: the table of procedure {signature.Groups["name"].Value} must start with the header | {string.Join(" | ", names)} |.");
        }

        return new ProcedureDeclarationStep(line, signature.Groups["name"].Value, inputs, outputs, rows.Skip(1).ToList());
    }

    private static List<ProcedureParameter> Signature(string text, int line)
    {
        var parameters = new List<ProcedureParameter>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf("::", StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new TckLoadException($"line {line}: a procedure parameter is written 'name :: TYPE'; found '{part}'.");
            }

            parameters.Add(new ProcedureParameter(part[..separator].Trim(), part[(separator + 2)..].Trim()));
        }

        return parameters;
    }

    [GeneratedRegex(@"^there exists a procedure (?<name>[\w.]+)\((?<inputs>[^)]*)\) :: \((?<outputs>[^)]*)\)\s*:$")]
    private static partial Regex ProcedureStep();

    [GeneratedRegex(@"^the (?<name>[A-Za-z0-9_-]+) graph$")]
    private static partial Regex NamedGraph();

    [GeneratedRegex(@"^the result should be(?:, in (?<order>any order|order))?(?<lists> \(ignoring element order for lists\))?:$")]
    private static partial Regex ResultStep();

    /// <summary>The TCK's error step; the kind <c>Error</c>, the phase <c>any time</c> and the detail <c>*</c> are wildcards.</summary>
    [GeneratedRegex(@"^an? (?<kind>[A-Za-z]+) should be raised at (?<phase>compile time|runtime|any time): (?<detail>[A-Za-z]+|\*)$")]
    private static partial Regex ErrorStep();

    [GeneratedRegex(@"^an? error with GQL code (?<code>\S+) should be raised(?: with message matching: (?<message>.+))?$")]
    private static partial Regex GqlErrorPattern();

    [GeneratedRegex(@"^there exists a CSV file with URL as \$(?<name>\w+), with rows:$")]
    private static partial Regex CsvFilePattern();
}
