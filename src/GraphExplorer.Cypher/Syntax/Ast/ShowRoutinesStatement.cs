namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>What a <see cref="ShowRoutinesStatement"/> lists.</summary>
public enum RoutineKind
{
    Procedures,
    Functions,
}

/// <summary>
/// <c>SHOW PROCEDURES</c> / <c>SHOW [ALL|BUILT IN|USER DEFINED] FUNCTIONS</c> with Neo4j 5's YIELD, WHERE and RETURN
/// (<see cref="ShowProjection"/>; Cypher manual, "SHOW PROCEDURES", "SHOW FUNCTIONS").
/// </summary>
public sealed record ShowRoutinesStatement(
    RoutineKind Kind,
    bool UserDefinedOnly,
    ShowProjection Projection,
    SourceSpan Span) : Statement(Span);
