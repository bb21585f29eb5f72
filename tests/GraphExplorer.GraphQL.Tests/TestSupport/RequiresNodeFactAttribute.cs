namespace GraphExplorer.GraphQL.Tests.TestSupport;

/// <summary>A fact that is skipped, with that reason, when <c>node</c> is not on PATH.</summary>
public sealed class RequiresNodeFactAttribute : FactAttribute
{
    public RequiresNodeFactAttribute()
    {
        if (NodeTool.Executable is null)
        {
            Skip = "node is not on PATH: the graphql-js compatibility check cannot run.";
        }
    }
}
