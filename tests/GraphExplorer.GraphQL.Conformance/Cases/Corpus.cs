using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphExplorer.GraphQL.Conformance.Cases;

/// <summary>
/// A corpus folder: <c>schemas/&lt;name&gt;.graphql</c> (SDL) with an optional <c>schemas/&lt;name&gt;.json</c> root
/// value, and case files (<c>*.graphql</c> anywhere else under the folder).
/// <para>A case file holds one or more cases. A line <c># case: &lt;name&gt;</c> starts a case; the comment lines
/// right after it may set <c># schema: &lt;name&gt;</c>, <c># variables: &lt;json object&gt;</c>,
/// <c># root: &lt;json object&gt;</c> and <c># operation: &lt;name&gt;</c>; the case's document is the text after
/// those lines up to the next <c># case:</c> line. Directive lines before the first case set defaults for the whole
/// file. Other comment lines may precede the first case. A file without a <c># case:</c> line is a single case named after the file. The default schema is
/// <c>animals</c>.</para>
/// </summary>
internal sealed class Corpus
{
    public const string DefaultSchema = "animals";
    private const string CaseMarker = "# case:";
    private static readonly HashSet<string> Directives = ["schema", "variables", "root", "operation"];

    private Corpus(string folder, IReadOnlyDictionary<string, string> schemas, IReadOnlyDictionary<string, JsonObject> roots, IReadOnlyList<ConformanceCase> cases)
    {
        Folder = folder;
        Schemas = schemas;
        Roots = roots;
        Cases = cases;
    }

    public string Folder { get; }

    /// <summary>Schema name → SDL.</summary>
    public IReadOnlyDictionary<string, string> Schemas { get; }

    /// <summary>Schema name → default root value.</summary>
    public IReadOnlyDictionary<string, JsonObject> Roots { get; }

    public IReadOnlyList<ConformanceCase> Cases { get; }

    /// <summary>The root value a case runs with: its own, else its schema's default, else an empty object.</summary>
    public JsonObject RootOf(ConformanceCase testCase) =>
        testCase.Root ?? (Roots.TryGetValue(testCase.Schema, out var root) ? root : []);

    /// <exception cref="FormatException">A malformed case file or a case naming an unknown schema; the message gives
    /// the file and line.</exception>
    public static Corpus Load(string folder)
    {
        var schemaFolder = Path.Combine(folder, "schemas");
        if (!Directory.Exists(schemaFolder))
        {
            throw new FormatException($"{folder}: no schemas/ folder.");
        }

        var schemas = Directory.GetFiles(schemaFolder, "*.graphql").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        var roots = Directory.GetFiles(schemaFolder, "*.json").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => ParseObject(File.ReadAllText(f), f), StringComparer.Ordinal);

        var cases = new List<ConformanceCase>();
        foreach (var file in Directory.GetFiles(folder, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetDirectoryName(Path.GetFullPath(file)) == Path.GetFullPath(schemaFolder))
            {
                continue;
            }

            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            cases.AddRange(ParseFile(relative, File.ReadAllText(file)));
        }

        foreach (var testCase in cases.Where(c => !schemas.ContainsKey(c.Schema)))
        {
            throw new FormatException($"{testCase.Id}: unknown schema '{testCase.Schema}' (schemas/: {string.Join(", ", schemas.Keys)}).");
        }

        var duplicate = cases.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"{duplicate.Key}: two cases have this id.");
        }

        return new Corpus(folder, schemas, roots, cases);
    }

    /// <summary>The cases of one file (see the class summary for the format).</summary>
    public static IReadOnlyList<ConformanceCase> ParseFile(string relativePath, string text)
    {
        var lines = text.Split('\n');
        var cases = new List<ConformanceCase>();
        var defaults = new ConformanceCase(relativePath, DefaultSchema, string.Empty);
        var start = 0;
        (start, defaults) = ReadDirectives(lines, start, defaults, relativePath);

        if (!lines.Any(l => l.StartsWith(CaseMarker, StringComparison.Ordinal)))
        {
            return [defaults with { Document = string.Join('\n', lines[start..]) }];
        }

        for (var i = start; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(CaseMarker, StringComparison.Ordinal))
            {
                if (cases.Count == 0 && lines[i].Trim().Length > 0 && !lines[i].StartsWith('#'))
                {
                    throw new FormatException($"{relativePath}:{i + 1}: text other than comments before the first '{CaseMarker}' line.");
                }

                continue;
            }

            var name = lines[i][CaseMarker.Length..].Trim();
            var (body, testCase) = ReadDirectives(lines, i + 1, defaults with { Id = $"{relativePath}: {name}" }, relativePath);
            var end = body;
            while (end < lines.Length && !lines[end].StartsWith(CaseMarker, StringComparison.Ordinal))
            {
                end++;
            }

            cases.Add(testCase with { Document = string.Join('\n', lines[body..end]).TrimEnd() + "\n" });
            i = end - 1;
        }

        return cases;
    }

    private static (int Next, ConformanceCase Case) ReadDirectives(string[] lines, int start, ConformanceCase testCase, string file)
    {
        var i = start;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (!line.StartsWith("# ", StringComparison.Ordinal) || colon < 0 || !Directives.Contains(line[2..colon]))
            {
                break;
            }

            var value = line[(colon + 1)..].Trim();
            var where = $"{file}:{i + 1}";
            testCase = line[2..colon] switch
            {
                "schema" => testCase with { Schema = value },
                "variables" => testCase with { Variables = ParseObject(value, where) },
                "root" => testCase with { Root = ParseObject(value, where) },
                _ => testCase with { OperationName = value },
            };
        }

        return (i, testCase);
    }

    private static JsonObject ParseObject(string json, string where)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new FormatException($"{where}: expected a JSON object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{where}: {e.Message}");
        }
    }
}
