using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// How many statements a script has in each phase, in the order they run: the schema commands before its first query,
/// its queries (which run in one transaction), and the schema commands after its last query. Neo4j refuses schema
/// commands and queries in one transaction, so a schema command between two queries has no place (see
/// <see cref="ScriptLoader"/>).
/// </summary>
internal sealed record ScriptPlan(int SchemaBefore, int Queries, int SchemaAfter)
{
    public int Count => SchemaBefore + Queries + SchemaAfter;

    /// <summary>
    /// Goes through the script once, parsing each statement on its own, so that a syntax error or a misplaced schema
    /// command anywhere in the file is found before anything runs. Holds one statement at a time.
    /// </summary>
    /// <exception cref="ScriptStatementException">A statement does not parse, or a schema command sits between queries.</exception>
    public static ScriptPlan Read(ScriptFile script)
    {
        using var reader = script.OpenText();
        int count = 0, firstQuery = -1, lastQuery = -1;
        StatementText? schemaAfterQuery = null;
        foreach (var statement in ScriptSplitter.Split(reader))
        {
            var isSchema = IsSchemaCommand(statement);
            if (isSchema)
            {
                schemaAfterQuery ??= firstQuery >= 0 ? statement : null;
            }
            else if (schemaAfterQuery is not null)
            {
                throw new ScriptStatementException(schemaAfterQuery, "SchemaCommandAmongQueries",
                    "a schema command must come before the first query or after the last one of a file " +
                    "(Neo4j runs schema commands apart from data, each in its own transaction); nothing of the file was applied.");
            }
            else
            {
                firstQuery = firstQuery < 0 ? count : firstQuery;
                lastQuery = count;
            }

            count++;
        }

        return firstQuery < 0
            ? new ScriptPlan(count, 0, 0)
            : new ScriptPlan(firstQuery, lastQuery - firstQuery + 1, count - lastQuery - 1);
    }

    private static bool IsSchemaCommand(StatementText statement)
    {
        try
        {
            return CypherParser.ParseStatement(statement.Text) is not (Cypher.Syntax.Ast.Query or Cypher.Syntax.Ast.ShowSchemaStatement);
        }
        catch (CypherException exception)
        {
            throw new ScriptStatementException(statement, exception);
        }
    }
}
