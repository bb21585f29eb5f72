namespace GraphExplorer.Database;

/// <summary>
/// Who runs a session's work, as SHOW TRANSACTIONS reports it: the connection (<c>bolt-N</c>, <c>query-api</c>), the
/// client's address and the user it signed in as. Entry points that know them pass them in <see cref="SessionOptions.Client"/>.
/// </summary>
public sealed record ClientInfo(string ConnectionId, string ClientAddress, string Username);
