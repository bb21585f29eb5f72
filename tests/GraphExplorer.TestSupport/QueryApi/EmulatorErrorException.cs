namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>Carries an <see cref="EmulatorError"/> out of a handler to the answer.</summary>
internal sealed class EmulatorErrorException(EmulatorError error) : Exception(error.Message)
{
    public EmulatorError Error { get; } = error;
}
