#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: PathSelectors - SHORTEST, ALL SHORTEST and ANY before a path pattern

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:S {name: 'a'}), (b:S {name: 'b'}), (c:S {name: 'c'}), (d:S {name: 'd'}),
             (a)-[:R]->(b), (b)-[:R]->(d), (a)-[:R]->(c), (c)-[:R]->(d), (a)-[:R]->(d2:S {name: 'x'}), (d2)-[:R]->(b)
      """

  # Cypher manual, "Patterns", "Shortest paths": SHORTEST 1 gives one shortest path per pair of end nodes
  Scenario: [1] SHORTEST 1 with a quantified relationship
    When executing query:
      """
      MATCH p = SHORTEST 1 (s:S {name: 'a'})-[:R]->+(t:S {name: 'd'})
      RETURN length(p) AS hops
      """
    Then the result should be, in any order:
      | hops |
      | 2    |
    And no side effects

  # Cypher manual, "Patterns", "Shortest paths": ALL SHORTEST gives every path of the shortest length
  Scenario: [2] ALL SHORTEST
    When executing query:
      """
      MATCH p = ALL SHORTEST (s:S {name: 'a'})-[:R]->+(t:S {name: 'd'})
      RETURN [n IN nodes(p) | n.name] AS names
      """
    Then the result should be, in any order:
      | names           |
      | ['a', 'b', 'd'] |
      | ['a', 'c', 'd'] |
    And no side effects

  # Cypher manual, "Patterns", "Shortest paths": ANY SHORTEST is SHORTEST 1
  Scenario: [3] ANY SHORTEST PATH
    When executing query:
      """
      MATCH p = ANY SHORTEST PATH (s:S {name: 'x'})-[:R]->+(t:S {name: 'd'})
      RETURN [n IN nodes(p) | n.name] AS names
      """
    Then the result should be, in any order:
      | names           |
      | ['x', 'b', 'd'] |
    And no side effects
