#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's manuals (Neo4j 5), each scenario citing the page
# whose rule it checks. Since Neo4j 5.26 every error carries a GQL-status object beside its Neo4j status code: a
# GQLSTATUS code, a status description and, for the most specific condition, a cause (Status Codes manual, "Server
# errors", https://neo4j.com/docs/status-codes/current/errors/). A step "an error with GQL code X" passes when X is the
# error's code or the code of a cause in its chain.

Feature: GqlStatus - errors carry Neo4j's GQLSTATUS codes

  # Status Codes manual, "List of GQLSTATUS error codes": 42001 invalid syntax; 42I06 invalid input
  Scenario: [1] A query that does not parse is 42001, caused by 42I06 invalid input
    Given any graph
    When executing query:
      """
      RETURN 1 +
      """
    Then an error with GQL code 42001 should be raised
    And no side effects

  # Status Codes manual, "List of GQLSTATUS error codes": 42I06 invalid input
  Scenario: [2] The cause of a parse error is 42I06
    Given any graph
    When executing query:
      """
      MATCH (n) RETURN n n
      """
    Then an error with GQL code 42I06 should be raised

  # Status Codes manual, 42N62 "variable not defined. Variable `x` not defined."
  Scenario: [3] An undefined variable is 42N62
    Given any graph
    When executing query:
      """
      MATCH (a) RETURN b
      """
    Then an error with GQL code 42N62 should be raised with message matching: Variable `b` not defined.*

  # Status Codes manual, 42N59 "variable already defined"
  Scenario: [4] A variable declared twice is 42N59
    Given any graph
    When executing query:
      """
      MATCH (a) CREATE (a:L)
      """
    Then an error with GQL code 42N59 should be raised

  # Status Codes manual, 42N48 "no such function"
  Scenario: [5] An unknown function is 42N48
    Given any graph
    When executing query:
      """
      RETURN noSuchFunction(1) AS x
      """
    Then an error with GQL code 42N48 should be raised

  # Status Codes manual, 42N08 "no such procedure"
  Scenario: [6] An unknown procedure is 42N08
    Given any graph
    When executing query:
      """
      CALL no.such.procedure()
      """
    Then an error with GQL code 42N08 should be raised

  # Status Codes manual, 42I37 "invalid use of `RETURN *`"
  Scenario: [7] RETURN * with nothing in scope is 42I37
    Given any graph
    When executing query:
      """
      RETURN *
      """
    Then an error with GQL code 42I37 should be raised

  # Status Codes manual, 42N21 "unaliased return item. Expression in `WITH` must be aliased (use AS)."
  Scenario: [8] An expression in WITH without AS is 42N21
    Given any graph
    When executing query:
      """
      WITH 1 + 1 RETURN 1 AS x
      """
    Then an error with GQL code 42N21 should be raised

  # Status Codes manual, 42I40 "`UNION` and `UNION ALL` cannot be combined"
  Scenario: [9] UNION mixed with UNION ALL is 42I40
    Given any graph
    When executing query:
      """
      RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a
      """
    Then an error with GQL code 42I40 should be raised

  # Status Codes manual, 42I56 "Only directed relationships are supported in `CREATE`"
  Scenario: [10] An undirected relationship in CREATE is 42I56
    Given an empty graph
    When executing query:
      """
      CREATE (a)-[:R]-(b)
      """
    Then an error with GQL code 42I56 should be raised
    And no side effects

  # Status Codes manual, 42N51 "invalid parameter"
  Scenario: [11] A missing parameter is 42N51
    Given any graph
    When executing query:
      """
      RETURN $missing AS x
      """
    Then an error with GQL code 42N51 should be raised

  # Status Codes manual, 22012 "data exception - division by zero"
  Scenario: [12] Integer division by zero is 22012
    Given any graph
    When executing query:
      """
      UNWIND [1, 0] AS d RETURN 10 / d AS x
      """
    Then an error with GQL code 22012 should be raised

  # Status Codes manual, 22003 "numeric value out of range"
  Scenario: [13] Integer overflow is 22003
    Given any graph
    When executing query:
      """
      WITH 9223372036854775807 AS big RETURN big + 1 AS x
      """
    Then an error with GQL code 22003 should be raised

  # Status Codes manual, 22G03 "invalid value type"
  Scenario: [14] A list indexed by a string is 22G03
    Given any graph
    And parameters are:
      | i | 'x' |
    When executing query:
      """
      RETURN [1, 2][$i] AS x
      """
    Then an error with GQL code 22G03 should be raised

  # Status Codes manual, 25N13 "cannot access entity after removal"
  Scenario: [15] Reading a node deleted in the same transaction is 25N13
    Given an empty graph
    And having executed:
      """
      CREATE (:N {p: 1})
      """
    When executing query:
      """
      MATCH (n:N) DELETE n RETURN n.p AS p
      """
    Then an error with GQL code 25N13 should be raised

  # Status Codes manual, 22N70 "equivalent index already exists"
  Scenario: [16] Creating an index that exists is 22N70
    Given an empty graph
    And having executed:
      """
      CREATE INDEX person_name FOR (p:Person) ON (p.name)
      """
    When executing query:
      """
      CREATE INDEX FOR (p:Person) ON (p.name)
      """
    Then an error with GQL code 22N70 should be raised

  # Status Codes manual, 22N69 "index does not exist"
  Scenario: [17] Dropping an index that does not exist is 22N69
    Given an empty graph
    When executing query:
      """
      DROP INDEX no_such_index
      """
    Then an error with GQL code 22N69 should be raised

  # Status Codes manual, 42I19 "invalid string literal"
  Scenario: [18] An unterminated string is 42I19
    Given any graph
    When executing query:
      """
      RETURN 'open AS x
      """
    Then an error with GQL code 42I19 should be raised

  # Status Codes manual, "Server errors": the diagnostic record's _position is where the error lies in the query text;
  # a runtime error after an eager operator (here the aggregation) still names the failing expression's line and column
  Scenario: [19] A runtime error after an eager aggregation points at the failing expression
    Given any graph
    When executing query:
      """
      UNWIND [1, 0] AS d
      WITH d, count(*) AS c
      RETURN 10 / d AS x
      """
    Then an error with GQL code 22012 should be raised with message matching: .*\(line 3, column 8\).*
