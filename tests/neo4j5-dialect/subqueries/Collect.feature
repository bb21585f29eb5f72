#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: Collect - COLLECT subqueries beside COUNT and EXISTS

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (andy:Person {name: 'Andy'}), (timothy:Person {name: 'Timothy'}), (peter:Person {name: 'Peter'}),
             (andy)-[:HAS_DOG]->(:Dog {name: 'Andy'}),
             (peter)-[:HAS_DOG]->(:Dog {name: 'Fido'}),
             (peter)-[:HAS_DOG]->(:Dog {name: 'Ozzy'})
      """

  # Cypher manual, "COLLECT subqueries": the values of the single returned column, as a list
  Scenario: [1] COLLECT gives the list of the subquery's returned values
    When executing query:
      """
      MATCH (p:Person)
      RETURN p.name AS name, COLLECT { MATCH (p)-[:HAS_DOG]->(d:Dog) RETURN d.name ORDER BY d.name } AS dogs
      """
    Then the result should be, in any order:
      | name      | dogs             |
      | 'Andy'    | ['Andy']         |
      | 'Timothy' | []               |
      | 'Peter'   | ['Fido', 'Ozzy'] |
    And no side effects

  # Cypher manual, "COLLECT subqueries", "Using COLLECT subqueries inside other clauses" (WHERE)
  Scenario: [2] COLLECT in WHERE
    When executing query:
      """
      MATCH (p:Person)
      WHERE 'Ozzy' IN COLLECT { MATCH (p)-[:HAS_DOG]->(d:Dog) RETURN d.name }
      RETURN p.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Peter' |
    And no side effects

  # Cypher manual, "COLLECT subqueries", "Rules": the subquery must return exactly one column
  Scenario: [3] COLLECT returning two columns is an error
    When executing query:
      """
      MATCH (p:Person)
      RETURN COLLECT { MATCH (p)-[:HAS_DOG]->(d:Dog) RETURN d.name, d } AS dogs
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  # Cypher manual, "COLLECT subqueries", "Rules": a COLLECT subquery cannot update the graph
  Scenario: [4] COLLECT with an updating clause is an error
    When executing query:
      """
      MATCH (p:Person)
      RETURN COLLECT { CREATE (d:Dog {name: 'Rex'}) RETURN d.name } AS dogs
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  # Cypher manual, "COUNT subqueries" and "EXISTS subqueries" beside COLLECT in one projection
  Scenario: [5] COUNT, EXISTS and COLLECT side by side
    When executing query:
      """
      MATCH (p:Person)
      RETURN p.name AS name,
             COUNT { (p)-[:HAS_DOG]->(:Dog) } AS dogCount,
             EXISTS { (p)-[:HAS_DOG]->(:Dog) } AS hasDog,
             COLLECT { MATCH (p)-[:HAS_DOG]->(d:Dog) RETURN d.name ORDER BY d.name DESC } AS dogs
      """
    Then the result should be, in any order:
      | name      | dogCount | hasDog | dogs             |
      | 'Andy'    | 1        | true   | ['Andy']         |
      | 'Timothy' | 0        | false  | []               |
      | 'Peter'   | 2        | true   | ['Ozzy', 'Fido'] |
    And no side effects
