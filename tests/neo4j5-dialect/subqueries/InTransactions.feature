#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks. The TCK runner sends each query in auto-commit, which is where
# Neo4j allows CALL { … } IN TRANSACTIONS; what only a partial commit or an explicit transaction shows is tested in
# tests/GraphExplorer.Cypher.Tests/Execution/InTransactionsTests.cs.

Feature: InTransactions - CALL subqueries in transactions

  # Cypher manual, "CALL subqueries in transactions", "Loading CSV data" (with UNWIND in place of LOAD CSV)
  Scenario: [1] Creating nodes in inner transactions of two rows
    Given an empty graph
    When executing query:
      """
      UNWIND [[1, 'Bill', 26], [2, 'Max', 27], [3, 'Anna', 22], [4, 'Gladys', 29], [5, 'Summer', 24]] AS line
      CALL (line) {
        CREATE (:Person {name: line[1], age: line[2]})
      } IN TRANSACTIONS OF 2 ROWS
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 5  |
      | +labels     | 1  |
      | +properties | 10 |

  # Cypher manual, "CALL subqueries in transactions", "Deleting a large volume of data"
  Scenario: [2] DETACH DELETE of every node in inner transactions
    Given an empty graph
    And having executed:
      """
      CREATE (a:Person {name: 'A'})-[:KNOWS]->(b:Person {name: 'B'}), (b)-[:KNOWS]->(:Person {name: 'C'})
      """
    When executing query:
      """
      MATCH (n)
      CALL (n) {
        DETACH DELETE n
      } IN TRANSACTIONS OF 2 ROWS
      """
    Then the result should be empty
    And the side effects should be:
      | -nodes         | 3 |
      | -relationships | 2 |
      | -labels        | 1 |
      | -properties    | 3 |

  # Cypher manual, "CALL subqueries in transactions", "Batch processing" with a returning subquery
  Scenario: [3] A returning subquery in transactions gives its rows to the outer query
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2, 3] AS x
      CALL (x) {
        CREATE (n:N {x: x})
        RETURN n.x * 10 AS y
      } IN TRANSACTIONS OF 2 ROWS
      RETURN x, y
      """
    Then the result should be, in any order:
      | x | y  |
      | 1 | 10 |
      | 2 | 20 |
      | 3 | 30 |
    And the side effects should be:
      | +nodes      | 3 |
      | +labels     | 1 |
      | +properties | 3 |

  # Cypher manual, "CALL subqueries in transactions", "Error behavior", ON ERROR CONTINUE with REPORT STATUS
  Scenario: [4] ON ERROR CONTINUE rolls back the failed batch and goes on; the status says which failed
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 0, 2, 4] AS i
      CALL (i) {
        CREATE (n:Person {num: 100 / i})
        RETURN n
      } IN TRANSACTIONS OF 1 ROW
        ON ERROR CONTINUE
        REPORT STATUS AS s
      RETURN n.num AS num, s.started AS started, s.committed AS committed, s.errorMessage STARTS WITH '/ by zero' AS divisionByZero
      """
    Then the result should be, in any order:
      | num  | started | committed | divisionByZero |
      | 100  | true    | true      | null           |
      | null | true    | false     | true           |
      | 50   | true    | true      | null           |
      | 25   | true    | true      | null           |
    And the side effects should be:
      | +nodes      | 3 |
      | +labels     | 1 |
      | +properties | 3 |

  # Cypher manual, "CALL subqueries in transactions", "Error behavior", ON ERROR BREAK: no batch runs after the failure
  Scenario: [5] ON ERROR BREAK stops at the failed batch; later rows get nulls and a status that never started
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 0, 2] AS i
      CALL (i) {
        CREATE (n:Person {num: 100 / i})
        RETURN n.num AS num
      } IN TRANSACTIONS OF 1 ROW
        ON ERROR BREAK
        REPORT STATUS AS s
      RETURN i, num, s.started AS started, s.committed AS committed
      """
    Then the result should be, in any order:
      | i | num  | started | committed |
      | 1 | 100  | true    | true      |
      | 0 | null | true    | false     |
      | 2 | null | false   | false     |
    And the side effects should be:
      | +nodes      | 1 |
      | +labels     | 1 |
      | +properties | 1 |

  # Cypher manual, "CALL subqueries in transactions", "Error behavior": ON ERROR FAIL (the default) fails the query
  Scenario: [6] ON ERROR FAIL fails the statement; a first batch that fails commits nothing
    Given an empty graph
    When executing query:
      """
      UNWIND [0, 1] AS i
      CALL (i) {
        CREATE (:Person {num: 100 / i})
      } IN TRANSACTIONS OF 1 ROW
      """
    Then an ArithmeticError should be raised at runtime: DivisionByZero

  # Cypher manual, "CALL subqueries in transactions", "Status report": REPORT STATUS needs ON ERROR CONTINUE or BREAK
  Scenario: [7] REPORT STATUS with ON ERROR FAIL is an error
    Given an empty graph
    When executing query:
      """
      UNWIND [1] AS i
      CALL (i) {
        CREATE (:Person {num: i})
      } IN TRANSACTIONS OF 1 ROW ON ERROR FAIL REPORT STATUS AS s
      RETURN s
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "CALL subqueries in transactions", "Restrictions": no nesting in another CALL subquery
  Scenario: [8] Nested CALL IN TRANSACTIONS is an error
    Given an empty graph
    When executing query:
      """
      CALL {
        UNWIND [1, 2] AS i
        CALL (i) {
          CREATE (:Person {num: i})
        } IN TRANSACTIONS
      }
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "CALL subqueries in transactions", "Batching": the batch size must be a positive integer
  Scenario: [9] A batch size of zero is an error
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 2] AS i
      CALL (i) {
        CREATE (:Person {num: i})
      } IN TRANSACTIONS OF 0 ROWS
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # Cypher manual, "CALL subqueries in transactions", "Batching": the batch size may be a parameter
  Scenario: [10] The batch size given as a parameter
    Given an empty graph
    And parameters are:
      | size | 2 |
    When executing query:
      """
      UNWIND range(1, 5) AS i
      CALL (i) {
        CREATE (:Item {i: i})
      } IN TRANSACTIONS OF $size ROWS
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 5 |
      | +labels     | 1 |
      | +properties | 5 |

  # Cypher manual, "CALL subqueries in transactions", "Concurrent transactions": the result is that of serial batches
  Scenario: [11] IN CONCURRENT TRANSACTIONS is accepted and runs the batches
    Given an empty graph
    When executing query:
      """
      UNWIND range(1, 4) AS i
      CALL (i) {
        CREATE (:Item {i: i})
      } IN 2 CONCURRENT TRANSACTIONS OF 1 ROW
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 4 |
      | +labels     | 1 |
      | +properties | 4 |

  # Cypher manual, "CALL subqueries in transactions", "Restrictions": not after a write clause of the outer query
  Scenario: [12] CALL IN TRANSACTIONS after a write clause is an error
    Given an empty graph
    When executing query:
      """
      CREATE (:Start)
      WITH 1 AS one
      CALL () {
        CREATE (:Person)
      } IN TRANSACTIONS
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition
