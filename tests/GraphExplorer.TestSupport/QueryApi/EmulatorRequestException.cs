namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>A request the emulator cannot accept (bad body, bad parameter); answered as <c>Neo.ClientError.Request.Invalid</c>.</summary>
internal sealed class EmulatorRequestException(string message) : Exception(message);
