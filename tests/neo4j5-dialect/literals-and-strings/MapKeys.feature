#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule it checks.

Feature: MapKeys - a map key is a name, and a name does not start with a digit

  # Cypher manual, "Syntax > Naming rules and recommendations"
  # (https://neo4j.com/docs/cypher-manual/5/syntax/naming/): names "must begin with an alphabetic character", and
  # "if a leading non-alphabetic character is required, use backticks for escaping". A map key is such a name.
  Scenario: [1] A map key starting with digits is refused as syntax
    Given any graph
    When executing query:
      """
      RETURN {2024budget: 1500000} AS plan
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Syntax > Naming rules and recommendations": the same key escaped with backticks is a name.
  Scenario: [2] The same key in backticks is accepted
    Given any graph
    When executing query:
      """
      WITH {`2024budget`: 1500000} AS plan
      RETURN plan['2024budget'] AS budget, keys(plan) AS keys
      """
    Then the result should be, in any order:
      | budget  | keys           |
      | 1500000 | ['2024budget'] |
    And no side effects

  # Cypher manual, "Syntax > Naming rules and recommendations": property keys in a pattern follow the same rule.
  Scenario: [3] A property key starting with a digit is refused in a pattern too
    Given an empty graph
    When executing query:
      """
      CREATE (:Plan {2024: 1500000})
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Values and types > Property, structural, and constructed values" and "Syntax > Naming rules":
  # where a value stands, digits running into letters are neither a number nor a name.
  Scenario: [4] Digits running into letters where a value stands are an invalid number
    Given any graph
    When executing query:
      """
      RETURN 2024budget AS plan
      """
    Then a SyntaxError should be raised at compile time: InvalidNumberLiteral
