#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: UnitSubqueries - CALL subqueries without RETURN

  # Cypher manual, "CALL subqueries", "Unit subqueries": the outer rows go on unchanged, one per input row
  Scenario: [1] A unit subquery runs its updates once per row and keeps the outer rows
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2, 3] AS x
      CALL (x) {
        CREATE (:Item {x: x})
      }
      RETURN count(*) AS rows
      """
    Then the result should be, in any order:
      | rows |
      | 3    |
    And the side effects should be:
      | +nodes      | 3 |
      | +labels     | 1 |
      | +properties | 3 |

  # Cypher manual, "CALL subqueries", "Unit subqueries": a query may end with a unit subquery call
  Scenario: [2] A query may end with a unit subquery
    Given an empty graph
    And having executed:
      """
      CREATE (:Item {x: 1}), (:Item {x: 2})
      """
    When executing query:
      """
      MATCH (i:Item)
      CALL (i) {
        SET i.seen = true
      }
      """
    Then the result should be empty
    And the side effects should be:
      | +properties | 2 |
