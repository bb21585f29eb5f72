namespace GraphExplorer.Application.Loading;

/// <summary>
/// One statement of a script: its text (preceded by blanks standing for the script's earlier lines and columns, so the
/// positions a backend reports are positions in the file), whether it is a schema command, and where it starts.
/// </summary>
internal sealed record ScriptStatement(string Text, bool IsSchema, int Line, int Column);

/// <summary>
/// A script's statements in the order they run: the schema commands before its first query, its queries (which run in
/// one transaction), and the schema commands after its last query. Neo4j refuses schema commands and queries in one
/// transaction, so a schema command between two queries has no place (see <see cref="ScriptLoader"/>).
/// </summary>
internal sealed record ScriptPhases(
    IReadOnlyList<ScriptStatement> SchemaBefore,
    IReadOnlyList<ScriptStatement> Queries,
    IReadOnlyList<ScriptStatement> SchemaAfter)
{
    public int Count => SchemaBefore.Count + Queries.Count + SchemaAfter.Count;

    /// <summary>Splits statements into phases; null, with the offending statement, when a schema command sits between queries.</summary>
    public static (ScriptPhases? Phases, ScriptStatement? Misplaced) Of(IReadOnlyList<ScriptStatement> statements)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < statements.Count; i++)
        {
            if (!statements[i].IsSchema)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return (new ScriptPhases(statements, [], []), null);
        }

        var queries = statements.Skip(first).Take(last - first + 1).ToList();
        if (queries.FirstOrDefault(s => s.IsSchema) is { } misplaced)
        {
            return (null, misplaced);
        }

        return (new ScriptPhases(statements.Take(first).ToList(), queries, statements.Skip(last + 1).ToList()), null);
    }
}
