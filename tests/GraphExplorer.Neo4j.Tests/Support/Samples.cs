namespace GraphExplorer.Neo4j.Tests.Support;

/// <summary>Query API bodies in the shapes the Neo4j Query API documentation shows.</summary>
public static class Samples
{
    public const string Bookmark = "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q";

    /// <summary>The typed-JSON example of the docs: a node and a string.</summary>
    public const string PersonAndName = """
        {
          "data": {
            "fields": ["person", "name"],
            "values": [
              [
                {
                  "$type": "Node",
                  "_value": {
                    "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                    "_labels": ["Person"],
                    "_properties": { "name": { "$type": "String", "_value": "Phil" } }
                  }
                },
                { "$type": "String", "_value": "Phil" }
              ]
            ]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    /// <summary>A CREATE with includeCounters: true.</summary>
    public const string CreatedWithCounters = """
        {
          "data": { "fields": ["n.name"], "values": [[{ "$type": "String", "_value": "Peter" }]] },
          "counters": {
            "containsUpdates": true,
            "nodesCreated": 1,
            "nodesDeleted": 0,
            "propertiesSet": 1,
            "relationshipsCreated": 0,
            "relationshipsDeleted": 0,
            "labelsAdded": 1,
            "labelsRemoved": 0,
            "indexesAdded": 0,
            "indexesRemoved": 0,
            "constraintsAdded": 0,
            "constraintsRemoved": 0,
            "containsSystemUpdates": false,
            "systemUpdates": 0
          },
          "bookmarks": ["FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA="]
        }
        """;

    public const string ReturnOne = """
        { "data": { "fields": ["ok"], "values": [[{ "$type": "Integer", "_value": "1" }]] }, "bookmarks": ["FB:one"] }
        """;

    public const string Discovery = """
        {
          "bolt_routing": "neo4j://localhost:7687",
          "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.26.0",
          "neo4j_edition": "community",
          "auth_config": { "oidc_providers": [] }
        }
        """;

    public const string Unauthorized = """
        { "errors": [ { "code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid username or password." } ] }
        """;

    public const string SyntaxError = """
        {
          "errors": [
            {
              "code": "Neo.ClientError.Statement.SyntaxError",
              "message": "Invalid input 'RETRN': expected 'RETURN' (line 2, column 3 (offset: 12))\n\"  RETRN n\"\n   ^"
            }
          ]
        }
        """;

    public const string TransientDeadlock = """
        { "errors": [ { "code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient[1] can't acquire ExclusiveLock" } ] }
        """;

    public const string DatabaseErrorBody = """
        { "errors": [ { "code": "Neo.DatabaseError.General.UnknownError", "message": "Something broke in the kernel." } ] }
        """;

    public static string TransactionBegun(string id = "lyU", string expires = "2024-10-22T15:48:29Z") => $$"""
        { "data": { "fields": [], "values": [] }, "bookmarks": [], "transaction": { "id": "{{id}}", "expires": "{{expires}}" } }
        """;

    public static string TransactionRun(string id = "lyU", string expires = "2024-10-22T15:48:29Z") => $$"""
        {
          "data": {
            "fields": ["bob"],
            "values": [
              [
                {
                  "$type": "Node",
                  "_value": {
                    "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b034e:0",
                    "_labels": ["Person"],
                    "_properties": {
                      "name": { "$type": "String", "_value": "Bob" },
                      "age": { "$type": "Integer", "_value": "43" }
                    }
                  }
                }
              ]
            ]
          },
          "counters": { "containsUpdates": true, "nodesCreated": 1, "propertiesSet": 2, "labelsAdded": 1 },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"],
          "transaction": { "id": "{{id}}", "expires": "{{expires}}" }
        }
        """;

    public const string Committed = """
        { "data": { "fields": [], "values": [] }, "bookmarks": ["FB:committed"] }
        """;

    public const string Empty = "{}";

    public const string TransactionNotFound = """
        {
          "errors": [ {
            "code": "Neo.ClientError.Request.Invalid",
            "message": "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."
          } ]
        }
        """;

    public static string Error(string code, string message) => $$"""
        { "errors": [ { "code": "{{code}}", "message": "{{message}}" } ] }
        """;
}
