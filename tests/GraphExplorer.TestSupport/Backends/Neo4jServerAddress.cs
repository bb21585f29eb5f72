using GraphExplorer.Neo4j;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>Where a Neo4j server (or the product's Query API hosted for the tests) answers, and the credentials for it.</summary>
public sealed record Neo4jServerAddress(Uri Uri, string User, string? Password)
{
    /// <summary>Client options for one database of the server.</summary>
    public Neo4jOptions Options(string database) => new() { Uri = Uri, User = User, Password = Password, Database = database };

    public override string ToString() => $"{Uri} as {User}";
}
