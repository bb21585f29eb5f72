#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Operations manual (Neo4j 5), each scenario citing
# the manual page whose rule it checks.

Feature: ShowSettings - SHOW SETTINGS lists the database's settings with Neo4j's columns

  # Operations manual, "Show configuration settings"
  # (https://neo4j.com/docs/operations-manual/5/configuration/show-settings/): a setting named as a quoted STRING is
  # listed with the default columns name, value, isDynamic, defaultValue and description
  Scenario: [1] A setting named by a string
    Given an empty graph
    When executing query:
      """
      SHOW SETTINGS 'db.transaction.timeout' YIELD name, defaultValue RETURN name, defaultValue
      """
    Then the result should be, in any order:
      | name                     | defaultValue |
      | 'db.transaction.timeout' | '0s'         |
    And no side effects

  # Operations manual, "Show configuration settings": names may be an expression resolving to a LIST<STRING>; a name
  # no setting has lists nothing
  Scenario: [2] Settings named by a list, one of them unknown
    Given an empty graph
    When executing query:
      """
      SHOW SETTINGS ['db.transaction.timeout', 'no.such.setting'] YIELD name RETURN name
      """
    Then the result should be, in any order:
      | name                     |
      | 'db.transaction.timeout' |
    And no side effects

  # Operations manual, "Show configuration settings": YIELD, WHERE and RETURN filter and shape the rows
  Scenario: [3] WHERE over the yielded columns
    Given an empty graph
    When executing query:
      """
      SHOW SETTINGS YIELD name, isDeprecated WHERE name = 'server.directories.import' RETURN name, isDeprecated
      """
    Then the result should be, in any order:
      | name                        | isDeprecated |
      | 'server.directories.import' | false        |
    And no side effects

  # Operations manual, "Show configuration settings": "When using the RETURN clause, the YIELD clause is mandatory"
  Scenario: [4] RETURN without YIELD is refused
    Given an empty graph
    When executing query:
      """
      SHOW SETTINGS RETURN name
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Operations manual, "Show configuration settings": setting names are STRING values or a LIST<STRING>
  Scenario: [5] A name that is not a string is a type error
    Given an empty graph
    When executing query:
      """
      SHOW SETTINGS 42
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType
