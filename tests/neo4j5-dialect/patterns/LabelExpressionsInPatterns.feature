#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: LabelExpressionsInPatterns - label and type expressions in MATCH patterns

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:A {name: 'a'}), (b:B {name: 'b'}), (ab:A:B {name: 'ab'}), (c:C {name: 'c'}), (n {name: 'none'}),
             (a)-[:R1 {name: 'r1'}]->(b), (a)-[:R2 {name: 'r2'}]->(c), (a)-[:R3 {name: 'r3'}]->(ab)
      """

  # Cypher manual, "Label expressions", "Match on either label" (OR)
  Scenario: [1] A node pattern with A|B
    When executing query:
      """
      MATCH (n:A|B) RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'a'  |
      | 'b'  |
      | 'ab' |
    And no side effects

  # Cypher manual, "Label expressions", "Match on both labels" (AND)
  Scenario: [2] A node pattern with A&B
    When executing query:
      """
      MATCH (n:A&B) RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'ab' |
    And no side effects

  # Cypher manual, "Label expressions", "Match without a label" (NOT)
  Scenario: [3] A node pattern with !A
    When executing query:
      """
      MATCH (n:!A) RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name   |
      | 'b'    |
      | 'c'    |
      | 'none' |
    And no side effects

  # Cypher manual, "Label expressions", "Match with a wildcard" (%: any label)
  Scenario: [4] A node pattern with %
    When executing query:
      """
      MATCH (n:%) RETURN count(n) AS labelled
      """
    Then the result should be, in any order:
      | labelled |
      | 4        |
    And no side effects

  # Cypher manual, "Label expressions", "Match with nesting" (parentheses, !)
  Scenario: [5] A nested label expression
    When executing query:
      """
      MATCH (n:(A|C)&!B) RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'a'  |
      | 'c'  |
    And no side effects

  # Cypher manual, "Label expressions", "Relationship type expressions" (NOT)
  Scenario: [6] A relationship pattern with !R1
    When executing query:
      """
      MATCH (:A)-[r:!R1]->(m) RETURN r.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'r2' |
      | 'r3' |
    And no side effects

  # Cypher manual, "Label expressions", "Relationship type expressions" (OR, already openCypher 9)
  Scenario: [7] A relationship pattern with R1|R2 and a node with a label expression at its end
    When executing query:
      """
      MATCH (x:A&!B)-[r:R1|R3]->(m:B) RETURN r.name AS name, m.name AS target
      """
    Then the result should be, in any order:
      | name | target |
      | 'r1' | 'b'    |
      | 'r3' | 'ab'   |
    And no side effects

  # Cypher manual, "Label expressions": the GQL IS form in a node pattern
  Scenario: [8] IS instead of a colon in a node pattern
    When executing query:
      """
      MATCH (n IS C) RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'c'  |
    And no side effects

  # Cypher manual, "CREATE": a created node's labels are a conjunction only
  Scenario: [9] A disjunction in CREATE is an error
    When executing query:
      """
      CREATE (n:A|B)
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Label expressions" in a quantified path pattern's nodes
  Scenario: [10] A label expression on the nodes of a quantified path pattern
    When executing query:
      """
      MATCH (s {name: 'a'}) ((x)-[]->(y:B|C)){1} (t)
      RETURN t.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'b'  |
      | 'c'  |
      | 'ab' |
    And no side effects
