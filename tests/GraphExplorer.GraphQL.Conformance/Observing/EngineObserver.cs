using System.Text.Json;
using System.Text.Json.Nodes;
using GraphExplorer.GraphQL.Conformance.Cases;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;
using GraphExplorer.GraphQL.Validation;

namespace GraphExplorer.GraphQL.Conformance.Observing;

/// <summary>
/// Our engine's side: parse, validate with the specified rules only (no protective rules), execute with the corpus
/// resolver conventions, and describe what happened in the oracle's JSON shape (see oracle/oracle.mjs). Validation
/// errors are tagged with the graphql-js rule name derived from their stable code (<c>KNOWN_TYPE_NAMES</c> →
/// <c>KnownTypeNamesRule</c>). Thread-safe once constructed.
/// </summary>
internal sealed class EngineObserver
{
    private readonly Corpus _corpus;
    private readonly Dictionary<string, Schema> _schemas = new(StringComparer.Ordinal);

    /// <exception cref="InvalidOperationException">A corpus schema our engine cannot build.</exception>
    public EngineObserver(Corpus corpus)
    {
        _corpus = corpus;
        foreach (var (name, sdl) in corpus.Schemas)
        {
            try
            {
                _schemas[name] = BuildSchema(sdl);
            }
            catch (GraphQLException e)
            {
                throw new InvalidOperationException($"schema {name}: {e.Message}", e);
            }
        }
    }

    public async Task<JsonObject> ObserveAsync(ConformanceCase testCase, CancellationToken cancellationToken)
    {
        var result = new JsonObject { ["id"] = testCase.Id };
        DocumentNode document;
        try
        {
            document = Parser.Parse(testCase.Document);
        }
        catch (GraphQLSyntaxException e)
        {
            result["parse"] = new JsonObject
            {
                ["ok"] = false,
                ["message"] = e.Message,
                ["locations"] = new JsonArray(Location(new SourceLocation(e.Line, e.Column))),
            };
            return result;
        }

        result["parse"] = new JsonObject { ["ok"] = true };
        var schema = _schemas[testCase.Schema];
        var validation = new JsonArray();
        foreach (var error in DocumentValidator.Validate(schema, document, SpecifiedRules.Create().ToList()))
        {
            validation.Add(new JsonObject
            {
                ["rule"] = RuleName(error.Code),
                ["message"] = error.Message,
                ["locations"] = Locations(error.Locations),
            });
        }

        result["validation"] = validation;
        if (validation.Count > 0)
        {
            return result;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var selected = testCase.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == testCase.OperationName);
        if (selected?.Operation == OperationType.Subscription)
        {
            result["execution"] = new JsonObject { ["skipped"] = "subscription" };
            return result;
        }

        var request = new ExecutionRequest(document)
        {
            OperationName = testCase.OperationName,
            RootValue = CanonicalJson.ToClr(_corpus.RootOf(testCase)),
            Variables = testCase.Variables?.ToDictionary(
                p => p.Key, p => (object?)JsonSerializer.SerializeToElement(p.Value), StringComparer.Ordinal),
        };
        var executed = await Executor.ExecuteRequestAsync(schema, request, new ExecutionOptions { Timeout = TimeSpan.FromSeconds(10) }, cancellationToken);
        var response = JsonNode.Parse(executed.ToJson())!.AsObject();
        var errors = new JsonArray();
        foreach (var error in response["errors"]?.AsArray() ?? [])
        {
            errors.Add(new JsonObject
            {
                ["message"] = error!["message"]!.DeepClone(),
                ["path"] = error["path"]?.DeepClone(),
                ["locations"] = error["locations"]?.DeepClone() ?? new JsonArray(),
            });
        }

        result["execution"] = new JsonObject
        {
            ["hasData"] = response.ContainsKey("data"),
            ["data"] = response["data"]?.DeepClone(),
            ["errors"] = errors,
        };
        return result;
    }

    /// <summary><c>KNOWN_TYPE_NAMES</c> → <c>KnownTypeNamesRule</c>; the code itself when it is not a rule's.</summary>
    public static string RuleName(string? code) =>
        code is null
            ? "(no code)"
            : string.Concat(code.Split('_').Select(w => w.Length == 0 ? w : w[0] + w[1..].ToLowerInvariant())) + "Rule";

    /// <summary>The SDL schema with every object field resolved by the corpus conventions (see oracle/oracle.mjs).</summary>
    private static Schema BuildSchema(string sdl)
    {
        var plain = SchemaBuilder.FromSdl(sdl).Build();
        var builder = SchemaBuilder.FromSdl(sdl);
        foreach (var type in plain.Types.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields)
            {
                builder.BindField(type.Name, field.Name, Resolve);
            }
        }

        return builder.Build();
    }

    private static object? Resolve(IResolveContext context)
    {
        if (context.Source is not IReadOnlyDictionary<string, object?> source
            || !source.TryGetValue(context.FieldDefinition.Name, out var value))
        {
            return null;
        }

        return value switch
        {
            "$args" => CanonicalJson.Write(context.Arguments),
            IReadOnlyDictionary<string, object?> map when map.TryGetValue("__error", out var message) && message is string text =>
                throw new GraphQLException(text),
            _ => value,
        };
    }

    private static JsonArray Locations(IReadOnlyList<SourceLocation>? locations) =>
        new([.. (locations ?? []).Select(Location)]);

    private static JsonObject Location(SourceLocation location) =>
        new() { ["line"] = location.Line, ["column"] = location.Column };
}
