#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing the
# page whose rule it checks: "Patterns" › "Syntax and semantics" › "Variable length paths" (the rules of quantified
# path patterns: minimum length, no nesting, group variables), "Patterns" › "Variable-length patterns" (predicates and
# scope), Neo4j's status codes (42I21), and the match mode Neo4j 5 always uses (DIFFERENT RELATIONSHIPS: no relationship
# twice in a match, so an unbounded quantifier ends).

Feature: QuantifiedPathRules - what Neo4j 5 refuses in quantified path patterns, and relationship uniqueness

  # Cypher manual 5, "Syntax and semantics" › "Variable length paths" › "Minimum pattern length": a single node
  # pattern cannot be quantified
  Scenario: [1] A quantified path pattern without a relationship is refused
    Given any graph
    When executing query:
      """
      MATCH ((x:A)){2,4}
      RETURN x
      """
    Then a SyntaxError should be raised at compile time: InvalidRelationshipPattern

  # Same page, "Nesting of quantified path patterns": a quantified relationship inside a quantified path pattern
  Scenario: [2] Nested quantifiers are refused
    Given any graph
    When executing query:
      """
      MATCH (:A) (()-[:R]->+()){2,3} (:B)
      RETURN 1
      """
    Then a SyntaxError should be raised at compile time: InvalidRelationshipPattern

  # Cypher manual 5, "Variable-length patterns" › "Group variables": a group variable is a list after the pattern, so
  # it cannot also name a node outside it
  Scenario: [3] A variable both inside and outside a quantified path pattern is refused
    Given any graph
    When executing query:
      """
      MATCH (a) ((a)-[:R]->(b)){2} (c)
      RETURN c
      """
    Then a SyntaxError should be raised at compile time: VariableAlreadyBound

  # Status Codes manual, 42I21 "Not allowed to reference … from within a parenthesized/quantified path pattern … in the
  # same graph pattern"; Cypher manual 5, "Variable-length patterns" › "Predicates in quantified path patterns"
  Scenario: [4] A WHERE inside a quantified path pattern may not read a variable of the same MATCH
    Given any graph
    When executing query:
      """
      MATCH (s:Station) ((x)-[:ROAD]->(y) WHERE x.z > s.z){1,2} (t)
      RETURN t
      """
    Then an error with GQL code 42I21 should be raised

  # Cypher manual 5, "Variable-length patterns" › "Group variables": group variables are lists after the pattern
  Scenario: [5] A group variable used as a node after the pattern is a type error
    Given any graph
    When executing query:
      """
      MATCH ((a)-[:R]->(b)-[:R]->(c)){1,2}
      RETURN a.name
      """
    Then a TypeError should be raised at compile time: InvalidArgumentType

  # Cypher manual 5, "Syntax and semantics" › "Match modes": under DIFFERENT RELATIONSHIPS, the only mode of Neo4j 5,
  # a relationship is used once per match; a cycle ends the walk of an unbounded quantifier
  Scenario: [6] An unbounded quantifier around a cycle uses each relationship once
    Given an empty graph
    And having executed:
      """
      CREATE (x:P {name: 'x'})-[:R]->(y:P {name: 'y'})-[:R]->(x)
      """
    When executing query:
      """
      MATCH (s:P {name: 'x'}) ((a)-[:R]->(b)-[:R]->(c))+ (t)
      RETURN t.name AS t, size(a) AS iterations
      """
    Then the result should be, in any order:
      | t   | iterations |
      | 'x' | 1          |
    And no side effects

  # Cypher manual 5, "Syntax and semantics" › "Variable length paths": a MATCH may hold two quantified path patterns,
  # and relationships are unique across both
  Scenario: [7] Two quantified path patterns in one MATCH share no relationship
    Given an empty graph
    And having executed:
      """
      CREATE (a:P {name: 'a'})-[:R]->(b:P {name: 'b'})-[:R]->(c:P {name: 'c'})
      """
    When executing query:
      """
      MATCH (:P {name: 'a'}) ((x)-[:R]->(y)){1,2} (m) ((u)-[:R]->(v)){1,2} (t)
      RETURN m.name AS m, t.name AS t
      """
    Then the result should be, in any order:
      | m   | t   |
      | 'b' | 'c' |
    And no side effects

  # Cypher manual 5, "Syntax and semantics" › "Path patterns" › rules: the minimum number of elements of a path
  # pattern must be above zero, so a path pattern that is only a quantified path pattern with lower bound 0 is refused
  Scenario: [8] A path pattern that is only a quantified path pattern with lower bound 0 is refused
    Given any graph
    When executing query:
      """
      MATCH ((n)-[r]->(m)){0,10}
      RETURN n
      """
    Then a SyntaxError should be raised at compile time: InvalidRelationshipPattern

  # Same rules: with a lower bound of 1 the same pattern is allowed
  Scenario: [9] A path pattern that is only a quantified path pattern with lower bound 1
    Given an empty graph
    And having executed:
      """
      CREATE (:P {name: 'a'})-[:R]->(:P {name: 'b'})
      """
    When executing query:
      """
      MATCH ((n)-[r]->(m)){1,10}
      RETURN [x IN n | x.name] AS n, [x IN m | x.name] AS m
      """
    Then the result should be, in any order:
      | n     | m     |
      | ['a'] | ['b'] |
    And no side effects

  # Cypher manual 5, "Syntax and semantics" › "Variable length paths" › quantifiers: a quantifier repeats the pattern
  # at least once at its upper bound; {0} is refused
  Scenario: [10] The {0} quantifier is refused
    Given any graph
    When executing query:
      """
      MATCH (x) ((a)-[:R]->(b)){0} (y)
      RETURN x
      """
    Then a SyntaxError should be raised at compile time: InvalidRelationshipPattern
