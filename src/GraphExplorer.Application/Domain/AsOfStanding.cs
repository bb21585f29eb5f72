namespace GraphExplorer.Application.Domain;

/// <summary>Where a dated agreement or event stands « as of » a day (the rule: <see cref="AsOf"/>).</summary>
public enum AsOfStanding
{
    /// <summary>Its whole interval lies on or before the day: signed or held by then.</summary>
    ByThen,

    /// <summary>Its interval begins on or before the day and ends after it: it may have come after.</summary>
    Possibly,

    /// <summary>Its sources give no date.</summary>
    Undated,
}
