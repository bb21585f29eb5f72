namespace GraphExplorer.Cypher.Tck.Execution;

public enum ScenarioStatus
{
    Passed,
    Failed,
    Skipped,
}
