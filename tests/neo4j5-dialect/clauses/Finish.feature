#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: Finish - FINISH ends a query without a result

  # Cypher manual, "FINISH": the query's updates happen, no rows are returned
  Scenario: [1] FINISH after an update returns nothing
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Alice'}), (:Person {name: 'Bob'})
      """
    When executing query:
      """
      MATCH (p:Person)
      SET p.seen = true
      FINISH
      """
    Then the result should be empty
    And the side effects should be:
      | +properties | 2 |

  # Cypher manual, "FINISH": a read-only query ending with FINISH returns nothing
  Scenario: [2] FINISH after a read returns no rows
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Alice'})
      """
    When executing query:
      """
      MATCH (p:Person)
      FINISH
      """
    Then the result should be empty
    And no side effects

  # Cypher manual, "FINISH": FINISH is the last clause of a query
  Scenario: [3] A clause after FINISH is an error
    Given an empty graph
    When executing query:
      """
      MATCH (p)
      FINISH
      RETURN p
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition
