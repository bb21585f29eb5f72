#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing the
# manual page whose rule it checks.

Feature: StringEscapes - escape sequences in string literals

  # Cypher manual, "Values and types > String values > Escaped characters": \" is a double quote, in either quoting
  Scenario: [1] \" is a double quote in single- and double-quoted strings
    Given any graph
    When executing query:
      """
      RETURN 'say \"hi\"' AS single, "say \"hi\"" AS double
      """
    Then the result should be, in any order:
      | single       | double       |
      | 'say "hi"'   | 'say "hi"'   |
    And no side effects

  # Cypher manual, "Values and types > String values > Escaped characters": \' is a single quote, in either quoting
  Scenario: [2] \' is a single quote in single- and double-quoted strings
    Given any graph
    When executing query:
      """
      RETURN 'it\'s' AS single, "it\'s" AS double
      """
    Then the result should be, in any order:
      | single  | double  |
      | 'it\'s' | 'it\'s' |
    And no side effects
