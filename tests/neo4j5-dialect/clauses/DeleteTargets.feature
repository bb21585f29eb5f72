#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule it checks.

Feature: DeleteTargets - DELETE takes nodes, relationships and paths, and nothing else

  # Cypher manual, "Clauses > DELETE" (https://neo4j.com/docs/cypher-manual/5/clauses/delete/): "The DELETE clause is
  # used to delete nodes, relationships or paths", and "Delete a path" deletes its nodes and relationships.
  Scenario: [1] Deleting a path deletes its nodes and relationships
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Laurence Fishburne'})-[:ACTED_IN]->(:Movie {title: 'The Matrix'})
      """
    When executing query:
      """
      MATCH p = (:Person {name: 'Laurence Fishburne'})-[:ACTED_IN]->(:Movie)
      DELETE p
      """
    Then the result should be empty
    And the side effects should be:
      | -nodes         | 2 |
      | -relationships | 1 |
      | -labels        | 2 |
      | -properties    | 2 |

  # Cypher manual, "Clauses > DELETE": a string is no node, relationship or path; Neo4j refuses it before running
  # ("Type mismatch: expected Node, Path or Relationship but was String").
  Scenario: [2] Deleting a string is a type mismatch found before the query runs
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Tom Hanks'})
      """
    When executing query:
      """
      MATCH (n:Person {name: 'Tom Hanks'})
      DELETE 'Tom Hanks'
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  # Cypher manual, "Clauses > DELETE": a map of a node is not the node itself.
  Scenario: [3] Deleting a map literal is a type mismatch found before the query runs
    Given an empty graph
    When executing query:
      """
      MATCH (n:Person)
      DELETE {person: n}
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  # Cypher manual, "Clauses > DELETE": the value of an arithmetic expression is a number, never an entity.
  Scenario: [4] Deleting the result of arithmetic is a type mismatch found before the query runs
    Given an empty graph
    When executing query:
      """
      MATCH (n:Person)
      DELETE n.born - 1900
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  # Cypher manual, "Clauses > REMOVE" (https://neo4j.com/docs/cypher-manual/5/clauses/remove/): labels are removed
  # with REMOVE; DELETE takes no label expression.
  Scenario: [5] A label is removed with REMOVE, not deleted
    Given an empty graph
    And having executed:
      """
      CREATE (:Person:Actor {name: 'Keanu Reeves'})
      """
    When executing query:
      """
      MATCH (n:Person {name: 'Keanu Reeves'})
      REMOVE n:Actor
      """
    Then the result should be empty
    And the side effects should be:
      | -labels | 1 |
