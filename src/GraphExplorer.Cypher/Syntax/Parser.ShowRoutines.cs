using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary><c>SHOW PROCEDURES</c> and <c>SHOW FUNCTIONS</c> with YIELD, WHERE and RETURN (Cypher manual, "SHOW PROCEDURES", "SHOW FUNCTIONS").</summary>
internal sealed partial class Parser
{
    /// <summary>True at <c>SHOW [ALL | BUILT IN | USER DEFINED] PROCEDURE[S] | FUNCTION[S]</c>.</summary>
    private bool IsShowRoutines()
    {
        for (var ahead = 1; ahead <= 3; ahead++)
        {
            if (IsKeywordAt(ahead, "PROCEDURE") || IsKeywordAt(ahead, "PROCEDURES") || IsKeywordAt(ahead, "FUNCTION") || IsKeywordAt(ahead, "FUNCTIONS"))
            {
                return true;
            }
        }

        return false;
    }

    private ShowRoutinesStatement ParseShowRoutines()
    {
        var start = ExpectKeyword("SHOW");
        var userDefinedOnly = false;
        if (AcceptKeyword("BUILT"))
        {
            ExpectKeyword("IN");
        }
        else if (AcceptKeyword("USER"))
        {
            ExpectKeyword("DEFINED");
            userDefinedOnly = true;
        }
        else
        {
            AcceptKeyword("ALL");
        }

        var kind = AcceptKeyword("PROCEDURE") || AcceptKeyword("PROCEDURES") ? RoutineKind.Procedures : RoutineKind.Functions;
        if (kind == RoutineKind.Functions && !AcceptKeyword("FUNCTION") && !AcceptKeyword("FUNCTIONS"))
        {
            Fail("PROCEDURES or FUNCTIONS after SHOW");
        }

        // EXECUTABLE [BY CURRENT USER | BY name]: the embedded engine has no users, so everything is executable.
        if (AcceptKeyword("EXECUTABLE") && AcceptKeyword("BY"))
        {
            if (AcceptKeyword("CURRENT"))
            {
                ExpectKeyword("USER");
            }
            else
            {
                ExpectName("a user name after EXECUTABLE BY");
            }
        }

        var projection = ParseShowProjection("SHOW PROCEDURES YIELD name RETURN name");
        return new ShowRoutinesStatement(kind, userDefinedOnly, projection, SpanFrom(start));
    }
}
