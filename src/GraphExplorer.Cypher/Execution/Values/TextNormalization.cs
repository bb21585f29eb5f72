using System.Text;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>
/// Unicode normal forms by their Cypher names (Neo4j 5 Cypher manual, "String functions" → normalize() and
/// "String operators" → IS NORMALIZED): NFC (the default), NFD, NFKC, NFKD.
/// </summary>
internal static class TextNormalization
{
    public static NormalizationForm FormOf(string name) => name.ToUpperInvariant() switch
    {
        "NFC" => NormalizationForm.FormC,
        "NFD" => NormalizationForm.FormD,
        "NFKC" => NormalizationForm.FormKC,
        "NFKD" => NormalizationForm.FormKD,
        _ => throw CypherErrors.InvalidArgumentValue($"Unknown normal form {name}: expected NFC, NFD, NFKC or NFKD"),
    };
}
