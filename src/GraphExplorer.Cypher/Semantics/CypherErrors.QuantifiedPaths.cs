using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>The compile-time errors of quantified path patterns (Cypher manual, "Patterns", "Variable-length patterns").</summary>
internal static partial class CypherErrors
{
    /// <summary>
    /// A quantified path pattern's WHERE or property map reads a variable declared elsewhere in the same graph pattern:
    /// inside, only the iteration's own variables and those of earlier clauses are in scope (Neo4j's 42I21).
    /// </summary>
    public static CypherException ReferenceOutOfQuantifiedPath(string variable, string pattern, SyntaxNode at) =>
        Semantic(
            "UndefinedVariable",
            $"From within a quantified path pattern, one may only reference variables that are already bound in a previous MATCH clause or declared inside it. In this case, `{variable}` is defined in the same MATCH clause as {pattern}.",
            at,
            GqlConditions.ReferenceOutOfQuantifiedPath(variable, pattern));
}
