#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: PreParserOptions - CYPHER version and query options before a statement

  # Cypher manual, "Query options", "Cypher version": CYPHER 5 selects the Neo4j 5 language
  Scenario: [1] CYPHER 5 before a query
    Given an empty graph
    When executing query:
      """
      CYPHER 5 RETURN 1 AS one
      """
    Then the result should be, in any order:
      | one |
      | 1   |
    And no side effects

  # Cypher manual (Cypher 25), "Select Cypher version": CYPHER 25 before a query
  Scenario: [2] CYPHER 25 before a query
    Given an empty graph
    When executing query:
      """
      CYPHER 25 RETURN 'x' AS x
      """
    Then the result should be, in any order:
      | x   |
      | 'x' |
    And no side effects

  # Cypher manual, "Query options", "Cypher runtime" and "Cypher planner": options that change how, never what
  Scenario: [3] Runtime and planner options are accepted
    Given an empty graph
    And having executed:
      """
      CREATE (:N {v: 1}), (:N {v: 2})
      """
    When executing query:
      """
      CYPHER runtime=slotted planner=cost MATCH (n:N) RETURN sum(n.v) AS total
      """
    Then the result should be, in any order:
      | total |
      | 3     |
    And no side effects

  # Cypher manual, "Query options": a version and options together, before EXPLAIN
  Scenario: [4] A version, an option and EXPLAIN together
    Given an empty graph
    When executing query:
      """
      CYPHER 5 runtime=pipelined EXPLAIN MATCH (n) RETURN n
      """
    Then the result should be, in any order:
      | branch | step | operator     | details                 |
      | 1      | 1    | 'Match'      | 'AllNodesScan(n)'       |
      | 1      | 2    | 'Projection' | null                    |
    And no side effects

  # Cypher manual, "Query options": an unknown version is refused
  Scenario: [5] CYPHER 4 is refused
    Given an empty graph
    When executing query:
      """
      CYPHER 4 RETURN 1 AS one
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Execution plans and query tuning" › PROFILE
  # (https://neo4j.com/docs/cypher-manual/5/planning-and-tuning/): "PROFILE runs the query and returns the results"
  # besides the plan with each operator's rows and db hits (the plan itself is checked by the engine's unit tests)
  Scenario: [6] PROFILE runs the query and returns its rows
    Given an empty graph
    When executing query:
      """
      PROFILE CREATE (p:Person {name: 'Ada'}) RETURN p.name AS name
      """
    Then the result should be, in any order:
      | name  |
      | 'Ada' |
    And the side effects should be:
      | +nodes      | 1 |
      | +labels     | 1 |
      | +properties | 1 |
