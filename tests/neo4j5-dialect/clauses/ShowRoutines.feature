#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks. Only procedures and functions this engine has are listed.

Feature: ShowRoutines - SHOW PROCEDURES and SHOW FUNCTIONS

  # Cypher manual, "SHOW PROCEDURES": YIELD and WHERE over Neo4j's columns
  Scenario: [1] SHOW PROCEDURES with YIELD and WHERE
    Given an empty graph
    When executing query:
      """
      SHOW PROCEDURES YIELD name, mode, signature WHERE name = 'db.labels'
      """
    Then the result should be, in any order:
      | name        | mode   | signature                           |
      | 'db.labels' | 'READ' | 'db.labels() :: (label :: STRING)' |
    And no side effects

  # Cypher manual, "SHOW PROCEDURES": YIELD with ORDER BY and LIMIT, then RETURN
  Scenario: [2] SHOW PROCEDURES with YIELD, ORDER BY, LIMIT and RETURN
    Given an empty graph
    When executing query:
      """
      SHOW PROCEDURES YIELD name ORDER BY name LIMIT 2 RETURN collect(name) AS names
      """
    Then the result should be, in any order:
      | names                                     |
      | ['apoc.util.validate', 'db.awaitIndexes'] |
    And no side effects

  # Cypher manual, "SHOW PROCEDURES": the description of a procedure's output field
  Scenario: [3] The return description of a procedure
    Given an empty graph
    When executing query:
      """
      SHOW PROCEDURES YIELD name, returnDescription WHERE name = 'db.relationshipTypes'
      RETURN returnDescription[0].name AS field, returnDescription[0].type AS type
      """
    Then the result should be, in any order:
      | field              | type     |
      | 'relationshipType' | 'STRING' |
    And no side effects

  # Cypher manual, "SHOW FUNCTIONS": WHERE on the default columns, with the category
  Scenario: [4] SHOW FUNCTIONS filtered by name
    Given an empty graph
    When executing query:
      """
      SHOW FUNCTIONS YIELD name, category, aggregating WHERE name IN ['toUpper', 'sin', 'count', 'size']
      RETURN name, category, aggregating ORDER BY name
      """
    Then the result should be, in order:
      | name      | category      | aggregating |
      | 'count'   | 'Aggregating' | true        |
      | 'sin'     | 'Trigonometric' | false     |
      | 'size'    | 'Scalar'      | false       |
      | 'toUpper' | 'String'      | false       |
    And no side effects

  # Cypher manual, "SHOW FUNCTIONS": SHOW USER DEFINED FUNCTIONS lists the plugins' functions (here the APOC subset),
  # none of Cypher's own
  Scenario: [5] User-defined functions are the APOC functions
    Given an empty graph
    When executing query:
      """
      SHOW USER DEFINED FUNCTIONS YIELD name, isBuiltIn
      WHERE NOT name STARTS WITH 'apoc.' OR name STARTS WITH 'apoc.util.'
      """
    Then the result should be, in any order:
      | name                          | isBuiltIn |
      | 'apoc.util.validatePredicate' | false     |
    And no side effects

  # Cypher manual, "SHOW PROCEDURES": YIELD of a column that does not exist
  Scenario: [6] YIELD of an unknown column is an error
    Given an empty graph
    When executing query:
      """
      SHOW PROCEDURES YIELD nope
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable
