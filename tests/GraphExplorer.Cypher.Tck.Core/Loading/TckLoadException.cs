namespace GraphExplorer.Cypher.Tck.Loading;

/// <summary>The TCK itself could not be read: a missing folder or a feature file that is not valid Gherkin.</summary>
public sealed class TckLoadException : Exception
{
    public TckLoadException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
