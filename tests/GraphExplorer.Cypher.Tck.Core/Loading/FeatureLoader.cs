using Gherkin;
using Gherkin.Ast;
using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tck.Loading;

/// <summary>
/// Reads TCK feature files with Cucumber's Gherkin parser and expands them into runnable scenarios:
/// background steps are prepended, and every example row of a scenario outline becomes its own scenario with
/// the row's values substituted for the <c>&lt;placeholders&gt;</c> in step text, doc strings and tables.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class FeatureLoader
{
    /// <summary>Loads every <c>*.feature</c> file under <paramref name="featuresRoot"/>, in a stable (ordinal path) order.</summary>
    /// <exception cref="TckLoadException">A feature file is not valid Gherkin.</exception>
    public static IReadOnlyList<TckScenario> LoadAll(string featuresRoot)
    {
        var root = Path.GetFullPath(featuresRoot);
        if (!Directory.Exists(root))
        {
            throw new TckLoadException($"The features folder '{root}' does not exist.");
        }

        var files = Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(path => (Full: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(file => file.Relative, StringComparer.Ordinal);

        var scenarios = new List<TckScenario>();
        foreach (var (full, relative) in files)
        {
            scenarios.AddRange(LoadFeature(full, relative));
        }

        return scenarios;
    }

    /// <summary>Loads one feature file; <paramref name="relativePath"/> names it in scenario ids.</summary>
    /// <exception cref="TckLoadException">The file is not valid Gherkin.</exception>
    public static IReadOnlyList<TckScenario> LoadFeature(string path, string relativePath)
    {
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(path);
        }
        catch (CompositeParserException e)
        {
            var first = e.Errors.FirstOrDefault();
            var where = first?.Location is { } location ? $"{location.Line}:{location.Column}" : "?";
            throw new TckLoadException($"{relativePath}:{where}: not valid Gherkin: {first?.Message ?? e.Message}", e);
        }
        catch (ParserException e)
        {
            throw new TckLoadException($"{relativePath}: not valid Gherkin: {e.Message}", e);
        }

        return document.Feature is null ? [] : Expand(document.Feature, relativePath);
    }

    private static List<TckScenario> Expand(Feature feature, string relativePath)
    {
        var featureTags = TagNames(feature.Tags);
        var background = new List<Step>();
        var scenarios = new List<TckScenario>();
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Background b:
                    background.AddRange(b.Steps);
                    break;
                case Scenario s:
                    ExpandScenario(s, background, featureTags, relativePath, scenarios);
                    break;
                case Rule rule:
                    throw new TckLoadException(
                        $"{relativePath}:{rule.Location.Line}: 'Rule' blocks are not used by the TCK and not supported here.");
            }
        }

        return scenarios;
    }

    private static void ExpandScenario(
        Scenario scenario,
        IReadOnlyList<Step> background,
        IReadOnlyList<string> featureTags,
        string relativePath,
        List<TckScenario> into)
    {
        var tags = featureTags.Concat(TagNames(scenario.Tags)).ToList();
        var steps = background.Concat(scenario.Steps).ToList();
        var examples = scenario.Examples.ToList();
        if (examples.Count == 0)
        {
            into.Add(new TckScenario(
                relativePath,
                scenario.Name,
                null,
                scenario.Location.Line,
                tags,
                steps.Select(step => StepBinder.Bind(step, NoPlaceholders)).ToList()));
            return;
        }

        var index = 0;
        foreach (var block in examples)
        {
            if (block.TableHeader is null)
            {
                continue;
            }

            var names = block.TableHeader.Cells.Select(cell => cell.Value).ToList();
            var blockTags = tags.Concat(TagNames(block.Tags)).ToList();
            foreach (var row in block.TableBody)
            {
                index++;
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                var cells = row.Cells.ToList();
                for (var i = 0; i < names.Count && i < cells.Count; i++)
                {
                    values[names[i]] = cells[i].Value;
                }

                into.Add(new TckScenario(
                    relativePath,
                    Substitute(scenario.Name, values),
                    index,
                    row.Location.Line,
                    blockTags,
                    steps.Select(step => StepBinder.Bind(step, values)).ToList()));
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, string> NoPlaceholders = new Dictionary<string, string>();

    /// <summary>Replaces each <c>&lt;name&gt;</c> of an outline by the example's value, as Cucumber does.</summary>
    internal static string Substitute(string text, IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0 || !text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        foreach (var (name, value) in values)
        {
            text = text.Replace($"<{name}>", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static List<string> TagNames(IEnumerable<Tag>? tags) =>
        tags?.Select(tag => tag.Name.TrimStart('@')).ToList() ?? [];
}
