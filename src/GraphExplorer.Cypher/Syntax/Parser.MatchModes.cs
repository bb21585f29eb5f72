namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Match modes after MATCH (Cypher manual 25, "Match modes"; "Syntax and semantics" › "Match modes and path modes"):
/// <c>DIFFERENT RELATIONSHIPS</c>, the default, and <c>REPEATABLE ELEMENT[S]</c>. Both were released in Neo4j 2025.06
/// and exist only in Cypher 25, so a statement in Neo4j 5's Cypher (no <c>CYPHER 25</c> prefix) that writes one is
/// refused as Neo4j 5 refuses it, a syntax error. Under <c>CYPHER 25</c>, <c>DIFFERENT RELATIONSHIPS</c> changes nothing
/// (it is how every MATCH is matched) and <c>REPEATABLE ELEMENTS</c> is named as not supported by this engine.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>The statement started with <c>CYPHER 25</c>: Cypher 25's syntax (match modes) is accepted.</summary>
    private bool _cypher25;

    /// <summary>Reads a match mode at the current token, if one is written.</summary>
    private void ParseMatchMode()
    {
        var repeatable = IsKeyword("REPEATABLE") && PeekToken().Kind == TokenKind.Identifier
            && PeekToken().Text.ToUpperInvariant() is "ELEMENT" or "ELEMENTS";
        var different = IsKeyword("DIFFERENT") && PeekToken().Kind == TokenKind.Identifier
            && PeekToken().Text.Equals("RELATIONSHIPS", StringComparison.OrdinalIgnoreCase);
        if (!repeatable && !different)
        {
            return;
        }

        var start = Current;
        Advance();
        Advance();
        if (!_cypher25)
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                start.Span,
                $"Invalid input '{start.Text}': match modes (DIFFERENT RELATIONSHIPS, REPEATABLE ELEMENTS) exist only in Cypher 25 (Neo4j 2025.06), and Neo4j 5 refuses them; leave DIFFERENT RELATIONSHIPS out (it is the default) or start the statement with CYPHER 25");
        }

        if (repeatable)
        {
            SyntaxErrors.ThrowUnsupported(_source, start.Span, "The REPEATABLE ELEMENTS match mode (Cypher 25)");
        }
    }
}
