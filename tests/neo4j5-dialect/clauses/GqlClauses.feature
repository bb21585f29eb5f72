#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual, each scenario citing the manual
# page whose rule and result it checks (INSERT from Neo4j 5.18; FILTER and LET from the Cypher 25 manual, which
# stewards copying from today's manual meet).

Feature: GqlClauses - INSERT, FILTER and LET

  # Cypher manual, "CREATE", "Insert nodes with the GQL INSERT clause"
  Scenario: [1] INSERT creates like CREATE
    Given an empty graph
    When executing query:
      """
      INSERT (a:Person {name: 'Ada'})-[:KNOWS]->(b:Person&Author {name: 'Grace'})
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes         | 2 |
      | +relationships | 1 |
      | +labels        | 2 |
      | +properties    | 2 |

  # Cypher manual (Cypher 25), "FILTER": keeps the rows its predicate holds for
  Scenario: [2] FILTER between clauses
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2, 3, 4] AS x
      FILTER x % 2 = 0
      RETURN x
      """
    Then the result should be, in any order:
      | x |
      | 2 |
      | 4 |
    And no side effects

  # Cypher manual (Cypher 25), "LET": binds new variables on every row
  Scenario: [3] LET adds variables
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2] AS x
      LET double = x * 2, label = 'n' + x
      RETURN x, double, label
      """
    Then the result should be, in any order:
      | x | double | label |
      | 1 | 2      | 'n1'  |
      | 2 | 4      | 'n2'  |
    And no side effects

  # What Neo4j has and this engine does not is named, never reported as the user's syntax error
  Scenario: [4] An administration command is refused as not supported
    Given an empty graph
    When executing query:
      """
      SHOW DATABASES
      """
    Then a SyntaxError should be raised at compile time: UnsupportedFeature

  # What Neo4j has and this engine does not is named, never reported as the user's syntax error
  Scenario: [5] CREATE USER is refused as not supported
    Given an empty graph
    When executing query:
      """
      CREATE USER steward SET PASSWORD 'secret'
      """
    Then a SyntaxError should be raised at compile time: UnsupportedFeature
