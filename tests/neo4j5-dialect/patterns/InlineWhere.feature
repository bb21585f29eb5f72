#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: InlineWhere - WHERE inside node and relationship patterns

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:Person {name: 'Alice', age: 30}), (b:Person {name: 'Bob', age: 40}), (c:Person {name: 'Carol', age: 50}),
             (a)-[:KNOWS {since: 2001}]->(b), (a)-[:KNOWS {since: 2015}]->(c), (b)-[:KNOWS {since: 2010}]->(c)
      """

  # Cypher manual, "Patterns", "Node patterns": a WHERE inside the node pattern
  Scenario: [1] WHERE inside a node pattern
    When executing query:
      """
      MATCH (p:Person WHERE p.age > 35)
      RETURN p.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Bob'   |
      | 'Carol' |
    And no side effects

  # Cypher manual, "Patterns", "Relationship patterns": a WHERE inside the relationship pattern
  Scenario: [2] WHERE inside a relationship pattern
    When executing query:
      """
      MATCH (a:Person)-[k:KNOWS WHERE k.since < 2012]->(b)
      RETURN a.name AS from, b.name AS to
      """
    Then the result should be, in any order:
      | from    | to      |
      | 'Alice' | 'Bob'   |
      | 'Bob'   | 'Carol' |
    And no side effects

  # Cypher manual, "Patterns", "Node patterns": an inline WHERE may refer to other variables of the pattern
  Scenario: [3] Inline WHERE on both ends and the relationship
    When executing query:
      """
      MATCH (a:Person WHERE a.name = 'Alice')-[k:KNOWS WHERE k.since > 2010]->(b:Person WHERE b.age > a.age)
      RETURN b.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Carol' |
    And no side effects

  # Cypher manual, "OPTIONAL MATCH": the inline WHERE belongs to the optional pattern
  Scenario: [4] Inline WHERE in OPTIONAL MATCH keeps the row with nulls
    When executing query:
      """
      MATCH (p:Person {name: 'Carol'})
      OPTIONAL MATCH (p)-[:KNOWS]->(q WHERE q.age > 0)
      RETURN p.name AS name, q
      """
    Then the result should be, in any order:
      | name    | q    |
      | 'Carol' | null |
    And no side effects

  # Cypher manual, "EXISTS subqueries": an inline WHERE in the pattern of EXISTS { }
  Scenario: [5] Inline WHERE inside EXISTS
    When executing query:
      """
      MATCH (p:Person)
      WHERE EXISTS { (p)-[:KNOWS]->(:Person WHERE 'Carol' STARTS WITH 'C') }
      RETURN p.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Alice' |
      | 'Bob'   |
    And no side effects

  # Cypher manual, "MERGE": MERGE patterns cannot hold WHERE
  Scenario: [6] WHERE inside a MERGE pattern is an error
    When executing query:
      """
      MERGE (p:Person WHERE p.age > 1)
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax
