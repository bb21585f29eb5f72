using GraphExplorer.Application.Visibility;

namespace GraphExplorer.Application.Stewardship;

public sealed partial class StewardshipService
{
    /// <summary>The configured visibility levels a steward's <c>visibility</c> input is checked against.</summary>
    public VisibilityLevels Levels { get; init; } = VisibilityLevels.Default;

    /// <summary>Sets (or, given null, clears to the lowest level) an entity's visibility level, once checked.</summary>
    private void Visibility(NodeChanges node, Patch<string> level)
    {
        if (level.Value is { } given)
        {
            Levels.Check(given, "input.visibility");
        }

        node.Text(VisibilityLevels.Property, level);
    }
}
