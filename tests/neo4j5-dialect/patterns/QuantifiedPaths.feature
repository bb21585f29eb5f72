#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: QuantifiedPaths - quantified relationships and quantified path patterns

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:Station {name: 'A'}), (b:Station {name: 'B'}), (c:Station {name: 'C'}), (d:Station {name: 'D'}),
             (x:Depot {name: 'X'}),
             (a)-[:LINK {km: 1}]->(b), (b)-[:LINK {km: 2}]->(c), (c)-[:LINK {km: 3}]->(d), (b)-[:LINK {km: 5}]->(x)
      """

  # Cypher manual, "Patterns", "Quantified relationships": -[:R]->{m,n}
  Scenario: [1] A quantified relationship with lower and upper bounds
    When executing query:
      """
      MATCH (s:Station {name: 'A'})-[:LINK]->{2,3}(t)
      RETURN t.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'C'  |
      | 'X'  |
      | 'D'  |
    And no side effects

  # Cypher manual, "Patterns", "Quantified relationships": + is {1,}
  Scenario: [2] The + quantifier
    When executing query:
      """
      MATCH (s:Station {name: 'B'})-[:LINK]->+(t)
      RETURN t.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'C'  |
      | 'D'  |
      | 'X'  |
    And no side effects

  # Cypher manual, "Patterns", "Quantified relationships": * is {0,}, so the start node itself matches
  Scenario: [3] The * quantifier includes zero hops
    When executing query:
      """
      MATCH (s:Station {name: 'C'})-[:LINK]->*(t)
      RETURN t.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'C'  |
      | 'D'  |
    And no side effects

  # Cypher manual, "Patterns", "Quantified relationships": {n} is exactly n
  Scenario: [4] An exact quantifier and the relationship group variable
    When executing query:
      """
      MATCH (s:Station {name: 'A'})-[r:LINK]->{2}(t)
      RETURN t.name AS name, [x IN r | x.km] AS kms
      """
    Then the result should be, in any order:
      | name | kms    |
      | 'C'  | [1, 2] |
      | 'X'  | [1, 5] |
    And no side effects

  # Cypher manual, "Patterns", "Quantified path patterns": node conditions hold for every iteration
  Scenario: [5] A quantified path pattern whose nodes must be stations
    When executing query:
      """
      MATCH (s:Station {name: 'A'}) ((a:Station)-[:LINK]->(b:Station)){1,3} (t)
      RETURN t.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'B'  |
      | 'C'  |
      | 'D'  |
    And no side effects

  # Cypher manual, "Patterns", "Group variables": the inner variables are lists in path order
  Scenario: [6] Group variables of a quantified path pattern
    When executing query:
      """
      MATCH (s:Station {name: 'A'}) ((a)-[r:LINK]->(b)){3} (t:Station)
      RETURN [n IN a | n.name] AS firsts, [n IN b | n.name] AS lasts, size(r) AS hops
      """
    Then the result should be, in any order:
      | firsts          | lasts           | hops |
      | ['A', 'B', 'C'] | ['B', 'C', 'D'] | 3    |
    And no side effects

  # Cypher manual, "Patterns", "Quantified path patterns": a predicate inside the repeated pattern
  Scenario: [7] A WHERE in a relationship of a quantified path pattern holds for each iteration
    When executing query:
      """
      MATCH (s:Station {name: 'A'}) ((a)-[r:LINK WHERE r.km < 3]->(b))+ (t)
      RETURN t.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'B'  |
      | 'C'  |
    And no side effects

  # Cypher manual, "Patterns", "Quantified path patterns": the pattern matched against the written direction
  Scenario: [8] A quantified path pattern matched from its end
    When executing query:
      """
      MATCH (s) ((a:Station)-[:LINK]->(b:Station)){2} (t:Station {name: 'D'})
      RETURN s.name AS name, [n IN a | n.name] AS firsts
      """
    Then the result should be, in any order:
      | name | firsts     |
      | 'B'  | ['B', 'C'] |
    And no side effects

  # Cypher manual, "Patterns", "Quantified path patterns": quantified patterns only match, never create
  Scenario: [9] A quantified relationship in CREATE is an error
    When executing query:
      """
      CREATE (a)-[:LINK]->{2}(b)
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual 5, "Patterns" › "Variable-length patterns": the repeated path may hold more than one relationship
  # (more cases in tests/neo4j5-dialect/qpp)
  Scenario: [10] A quantified path pattern of two hops
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((a)-[:LINK]->(b)-[:LINK]->(c)){1,2} (t)
      RETURN t.name AS name, [n IN b | n.name] AS middles
      """
    Then the result should be, in any order:
      | name | middles |
      | 'C'  | ['B']   |
      | 'X'  | ['B']   |
    And no side effects
