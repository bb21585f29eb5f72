namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>A TCK value literal could not be parsed; the message names the literal and the column.</summary>
public sealed class TckValueFormatException : Exception
{
    public TckValueFormatException(string message)
        : base(message)
    {
    }
}
