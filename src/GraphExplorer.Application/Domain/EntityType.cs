namespace GraphExplorer.Application.Domain;

/// <summary>The kinds of entity of the partnership graph, one per node label (see cypher/README.md).</summary>
public enum EntityType
{
    Organization,
    Person,
    Agreement,
    Event,
    Place,
    Sector,
    Source,
    Fact,
}
