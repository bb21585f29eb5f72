namespace GraphExplorer.Application.Domain;

/// <summary>How a date window selects imprecise dates (a date stands for the interval of its month or year).</summary>
public enum DateMatch
{
    /// <summary>The date's interval overlaps the window: a June 2024 agreement is in a 10–20 June 2024 window.</summary>
    Overlap,

    /// <summary>The date's interval lies wholly inside the window: a June 2024 agreement is not in a 10–20 June 2024 window.</summary>
    Within,
}
