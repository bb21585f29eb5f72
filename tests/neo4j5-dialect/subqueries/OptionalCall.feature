#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: OptionalCall - OPTIONAL CALL keeps rows the subquery returns nothing for

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:Person {name: 'Andy'}), (:Person {name: 'Peter'}),
             (a)-[:OWNS]->(:Dog {name: 'Rex'})
      """

  # Cypher manual, "CALL subqueries", "Optional subquery calls" (OPTIONAL CALL, Neo4j 5.24)
  Scenario: [1] OPTIONAL CALL gives null for the rows the subquery returns nothing for
    When executing query:
      """
      MATCH (p:Person)
      OPTIONAL CALL (p) {
        MATCH (p)-[:OWNS]->(d:Dog)
        RETURN d.name AS dog
      }
      RETURN p.name AS owner, dog
      """
    Then the result should be, in any order:
      | owner   | dog         |
      | 'Andy'  | 'Rex' |
      | 'Peter' | null        |
    And no side effects

  # Cypher manual, "CALL subqueries", "Optional subquery calls": without OPTIONAL, such rows are dropped
  Scenario: [2] CALL without OPTIONAL drops the rows the subquery returns nothing for
    When executing query:
      """
      MATCH (p:Person)
      CALL (p) {
        MATCH (p)-[:OWNS]->(d:Dog)
        RETURN d.name AS dog
      }
      RETURN p.name AS owner, dog
      """
    Then the result should be, in any order:
      | owner  | dog           |
      | 'Andy' | 'Rex' |
    And no side effects

  # Cypher manual, "OPTIONAL CALL" with a procedure: a row the procedure yields nothing for is kept with nulls
  Scenario: [3] OPTIONAL CALL of a procedure keeps the row with null outputs
    And there exists a procedure test.labels(name :: STRING?) :: (label :: STRING?):
      | name   | label  |
      | 'Andy' | 'Owner' |
    When executing query:
      """
      MATCH (p:Person)
      OPTIONAL CALL test.labels(p.name) YIELD label
      RETURN p.name AS name, label
      """
    Then the result should be, in any order:
      | name    | label   |
      | 'Andy'  | 'Owner' |
      | 'Peter' | null    |
    And no side effects
