#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule it checks. What Neo4j 5 refuses, the embedded engine refuses too, so that a script that
# passes here does not fail on Neo4j.

Feature: RemovedSyntax - what Neo4j 5 removed is refused

  # Cypher manual, "Deprecations, additions, and compatibility", Neo4j 5.0 removals: exists(n.prop)
  Scenario: [1] exists() on a property is refused; the Neo4j 5 form is IS NOT NULL
    Given an empty graph
    When executing query:
      """
      MATCH (n) WHERE exists(n.name) RETURN n
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  # Cypher manual, "Deprecations, additions, and compatibility", Neo4j 5.0: the replacement, IS NOT NULL
  Scenario: [2] IS NOT NULL tests a property's existence
    Given an empty graph
    And having executed:
      """
      CREATE (:N {name: 'a'}), (:N)
      """
    When executing query:
      """
      MATCH (n:N) WHERE n.name IS NOT NULL RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'a'  |
    And no side effects

  # Cypher manual, "Deprecations, additions, and compatibility", Neo4j 5.0: CREATE CONSTRAINT ON … ASSERT
  Scenario: [3] CREATE CONSTRAINT ON … ASSERT is refused
    Given an empty graph
    When executing query:
      """
      CREATE CONSTRAINT ON (p:Person) ASSERT p.name IS UNIQUE
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Deprecations, additions, and compatibility", Neo4j 5.0: CREATE INDEX ON :Label(property)
  Scenario: [4] CREATE INDEX ON :Label(property) is refused
    Given an empty graph
    When executing query:
      """
      CREATE INDEX ON :Person(name)
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Patterns", "Syntax and semantics" (Neo4j 5): pattern expressions only test for existence
  Scenario: [5] A pattern expression used as a value is refused
    Given an empty graph
    When executing query:
      """
      MATCH (n) RETURN (n)-->() AS paths
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Deprecations, additions, and compatibility", Neo4j 5.0: size() of a pattern expression
  Scenario: [6] size() of a pattern expression is refused; COUNT { } replaces it
    Given an empty graph
    When executing query:
      """
      MATCH (n) RETURN size((n)-->()) AS degree
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Deprecations, additions, and compatibility", Neo4j 5.0: the replacement, COUNT { }
  Scenario: [7] COUNT { } counts a pattern's matches
    Given an empty graph
    And having executed:
      """
      CREATE (a:N)-[:R]->(:M), (a)-[:R]->(:M)
      """
    When executing query:
      """
      MATCH (n:N) RETURN COUNT { (n)-->() } AS degree
      """
    Then the result should be, in any order:
      | degree |
      | 2      |
    And no side effects
