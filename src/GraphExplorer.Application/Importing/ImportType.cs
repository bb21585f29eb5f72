namespace GraphExplorer.Application.Importing;

/// <summary>
/// How a spreadsheet cell becomes a property value (cypher/README.md, "A spreadsheet"): the mapping's <c>type:</c>.
/// </summary>
public enum ImportType
{
    /// <summary>The cell as written (the default).</summary>
    Text,

    /// <summary>A whole number, e.g. <c>1927</c> (a Cypher integer).</summary>
    Integer,

    /// <summary>A decimal number with a point, e.g. <c>3.5</c> (a Cypher float).</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>
    /// A date at the precision the cell gives: <c>2019</c> (year), <c>2019-06</c> (month) or <c>2019-06-11</c> (day),
    /// stored as the model stores dates: the first day of that year or month, and the precision in the property the
    /// mapping names (<c>precision: signedDatePrecision</c>).
    /// </summary>
    Date,

    /// <summary>A list of texts separated by <c>|</c> (or the mapping's <c>separator:</c>), e.g. aliases.</summary>
    List,
}
