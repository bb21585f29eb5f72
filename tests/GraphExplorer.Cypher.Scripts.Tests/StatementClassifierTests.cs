namespace GraphExplorer.Cypher.Scripts.Tests;

/// <summary>How a statement must run, from its tokens (Neo4j's Cypher manual: "CALL subqueries in transactions", "Indexes", "Constraints").</summary>
public sealed class StatementClassifierTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n")]
    [InlineData("CREATE (:Index {name: 'x'})")]
    [InlineData("CREATE (n:INDEX)")]
    [InlineData("SHOW INDEXES")]
    [InlineData("SHOW PROCEDURES YIELD name")]
    [InlineData("EXPLAIN MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS")]
    [InlineData("CALL db.labels() YIELD label RETURN label")]
    [InlineData("CALL { MATCH (n) RETURN n } RETURN n")]
    [InlineData("WITH {a: 1} AS m WHERE m IN [{a: 1}] RETURN m AS transactions")]
    [InlineData("UNWIND [1] AS x CALL { CALL { CREATE () } IN TRANSACTIONS } RETURN x")]
    [InlineData("RETURN 'CALL { CREATE () } IN TRANSACTIONS' AS text")]
    [InlineData("// DROP INDEX x\nMATCH (n) RETURN n")]
    public void A_query_is_a_query(string statement) =>
        StatementClassifier.Classify(statement).Should().Be(StatementKind.Query);

    [Theory]
    [InlineData("CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)")]
    [InlineData("create constraint c for (p:Person) require p.id is unique")]
    [InlineData("CREATE TEXT INDEX t FOR (p:Person) ON (p.name)")]
    [InlineData("CREATE FULLTEXT INDEX names FOR (n:Person|Organisation) ON EACH [n.name]")]
    [InlineData("DROP INDEX person_name IF EXISTS")]
    [InlineData("CYPHER 5 runtime=slotted CREATE INDEX i FOR (n:N) ON (n.p)")]
    [InlineData("/* schema */ DROP CONSTRAINT c")]
    public void A_schema_command_is_a_schema_command(string statement) =>
        StatementClassifier.Classify(statement).Should().Be(StatementKind.Schema);

    [Theory]
    [InlineData("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS")]
    [InlineData("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS")]
    [InlineData("LOAD CSV FROM 'file:///x.csv' AS row CALL { WITH row CREATE (:R) } IN 4 CONCURRENT TRANSACTIONS")]
    [InlineData("UNWIND range(1, 9) AS i CALL { WITH i CREATE (:N {i: i}) } in $n concurrent transactions")]
    [InlineData("UNWIND [1] AS i CALL { WITH i CREATE (:N) } IN (2 + 2) CONCURRENT TRANSACTIONS REPORT STATUS AS s RETURN s")]
    [InlineData("CYPHER 5 UNWIND [1] AS i CALL { WITH i CREATE (:N) } IN TRANSACTIONS")]
    [InlineData("RETURN 1 AS x UNION UNWIND [1] AS x CALL { WITH x CREATE (:N) } IN TRANSACTIONS RETURN x")]
    public void A_top_level_call_in_transactions_runs_on_its_own(string statement) =>
        StatementClassifier.Classify(statement).Should().Be(StatementKind.InTransactions);
}
