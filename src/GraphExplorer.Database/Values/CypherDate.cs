namespace GraphExplorer.Database.Values;

/// <summary>A Cypher <c>Date</c>: a calendar date without time or zone, over Neo4j's years -999,999,999 to +999,999,999.</summary>
public readonly record struct CypherDate(CivilDate Date)
{
    /// <summary>A date of years 1–9999, as the application's own dates are.</summary>
    public CypherDate(DateOnly value)
        : this(CivilDate.FromDateOnly(value))
    {
    }

    /// <summary>The date as a <see cref="DateOnly"/>, for the application's dates (years 1–9999); refused beyond them.</summary>
    public DateOnly Value => Date.ToDateOnly();

    public override string ToString() => Date.ToString();
}
