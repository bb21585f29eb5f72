#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks. The embedded engine holds one database, named neo4j as
# Neo4j's default database is.

Feature: Use - USE names the database a query runs on

  # Cypher manual, "USE": USE at the start of a query
  Scenario: [1] USE neo4j runs the query on the database
    Given an empty graph
    And having executed:
      """
      CREATE (:N {v: 1})
      """
    When executing query:
      """
      USE neo4j
      MATCH (n:N)
      RETURN n.v AS v
      """
    Then the result should be, in any order:
      | v |
      | 1 |
    And no side effects

  # Cypher manual, "USE": database names are case-insensitive
  Scenario: [2] USE with the name in another case
    Given an empty graph
    When executing query:
      """
      USE NEO4J RETURN 1 AS one
      """
    Then the result should be, in any order:
      | one |
      | 1   |
    And no side effects

  # Cypher manual, "USE": a database that does not exist
  Scenario: [3] USE of another database is an error
    Given an empty graph
    When executing query:
      """
      USE movies RETURN 1 AS one
      """
    Then a EntityNotFound should be raised at compile time: DatabaseNotFound

  # Cypher manual, "USE": USE comes first in a query
  Scenario: [4] USE after another clause is an error
    Given an empty graph
    When executing query:
      """
      MATCH (n) USE neo4j RETURN n
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition
