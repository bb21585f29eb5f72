using GraphExplorer.Cypher.Execution.Functions;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// <c>apoc.text.join(texts, delimiter)</c> (https://neo4j.com/docs/apoc/current/overview/apoc.text/apoc.text.join/):
/// Java's <c>String.join</c>, so a null element is written <c>null</c>.
/// </summary>
internal static class ApocText
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("apoc.text.join", 2, 2, (a, _) =>
        {
            var texts = a[0] as IReadOnlyList<object?>
                ?? throw Semantics.CypherErrors.InvalidArgumentType($"apoc.text.join expects a List of Strings, got {Values.Operations.TypeName(a[0])}");
            var delimiter = FunctionLibrary.AsString(a[1], "apoc.text.join");
            return string.Join(delimiter, texts.Select(t => t is null ? "null" : FunctionLibrary.AsString(t, "apoc.text.join")));
        }),
    ];
}
