using GraphExplorer.Database;

namespace GraphExplorer.Bolt.Messages;

/// <summary>
/// A FAILURE answer: a Neo4j status code and a message. <paramref name="Fatal"/> failures close the connection after
/// they are sent (a refused login, a protocol violation), as Neo4j closes it.
/// </summary>
internal sealed record BoltFailure(string Code, string Message, bool Fatal = false)
{
    public static BoltFailure From(CypherException exception) => new(Neo4jStatus.CodeOf(exception), Neo4jStatus.MessageOf(exception));
}
