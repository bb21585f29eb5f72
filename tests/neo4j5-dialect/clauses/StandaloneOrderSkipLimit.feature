#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: StandaloneOrderSkipLimit - ORDER BY, SKIP, OFFSET and LIMIT as clauses of their own (Neo4j 5.24)

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Alice', age: 30}), (:Person {name: 'Bob', age: 40}), (:Person {name: 'Carol', age: 50})
      """

  # Cypher manual, "ORDER BY", "ORDER BY as a standalone clause"
  Scenario: [1] Standalone ORDER BY and LIMIT before RETURN
    When executing query:
      """
      MATCH (p:Person)
      ORDER BY p.age DESC
      LIMIT 2
      RETURN p.name AS name
      """
    Then the result should be, in order:
      | name    |
      | 'Carol' |
      | 'Bob'   |
    And no side effects

  # Cypher manual, "SKIP", "Using SKIP as a standalone clause" and OFFSET, its GQL synonym
  Scenario: [2] Standalone ORDER BY, OFFSET and LIMIT
    When executing query:
      """
      MATCH (p:Person)
      ORDER BY p.name
      OFFSET 1
      LIMIT 1
      RETURN p.name AS name
      """
    Then the result should be, in order:
      | name  |
      | 'Bob' |
    And no side effects

  # Cypher manual, "LIMIT", "Using LIMIT as a standalone clause", before an update
  Scenario: [3] Standalone LIMIT limits the rows an update sees
    When executing query:
      """
      MATCH (p:Person)
      ORDER BY p.age
      LIMIT 1
      SET p.youngest = true
      RETURN p.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Alice' |
    And the side effects should be:
      | +properties | 1 |

  # Cypher manual, "SKIP": SKIP as a clause of its own
  Scenario: [4] Standalone SKIP
    When executing query:
      """
      UNWIND [1, 2, 3, 4] AS x
      SKIP 3
      RETURN x
      """
    Then the result should be, in any order:
      | x |
      | 4 |
    And no side effects
