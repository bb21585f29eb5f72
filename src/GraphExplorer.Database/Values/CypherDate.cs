namespace GraphExplorer.Database.Values;

/// <summary>A Cypher <c>Date</c>: a calendar date without time or zone.</summary>
public readonly record struct CypherDate(DateOnly Value)
{
    public override string ToString() => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
