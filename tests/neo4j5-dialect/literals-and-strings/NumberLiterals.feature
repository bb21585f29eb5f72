#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page; the expected results
# are the manual's (or follow from the rule the page states, as cited).

Feature: NumberLiterals - Neo4j 5 number literals with digit separators

  # Cypher manual 5, "Values and types" → "Boolean, numeric, and string literals": "Any numeric literal may contain
  # an underscore _ between digits ... For example: 1_000_000, 0x_FC3A9, and 0o_1372."
  Scenario: [1] Underscores between the digits of a decimal integer
    Given any graph
    When executing query:
      """
      RETURN 1_000_000 AS n
      """
    Then the result should be, in any order:
      | n       |
      | 1000000 |
    And no side effects

  # Same page: an underscore may stand between 0x or 0o and the digits.
  Scenario: [2] Hexadecimal and octal literals with underscores
    Given any graph
    When executing query:
      """
      RETURN 0x_FC3A9 AS hex, 0o_1372 AS octal, -0x_66eff AS negative
      """
    Then the result should be, in any order:
      | hex     | octal | negative |
      | 1033129 | 762   | -421631  |
    And no side effects

  # Same page: "Any numeric literal may contain an underscore _ between digits" (floats too).
  Scenario: [3] Underscores in a float literal
    Given any graph
    When executing query:
      """
      RETURN 1_000.000_5 AS f, 6.022_140E2_3 AS avogadro
      """
    Then the result should be, in any order:
      | f         | avogadro |
      | 1000.0005 | 6.02214E23 |
    And no side effects

  # Same page: an underscore only stands between digits, so a trailing one is not part of a number.
  Scenario: [4] A trailing underscore is not a number
    Given any graph
    When executing query:
      """
      RETURN 1_000_ AS n
      """
    Then a SyntaxError should be raised at compile time: InvalidNumberLiteral
