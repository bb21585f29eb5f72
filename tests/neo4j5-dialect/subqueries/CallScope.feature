#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks.

Feature: CallScope - importing variables into CALL subqueries

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Alice', age: 30}), (:Person {name: 'Bob', age: 40}), (:Person {name: 'Carol', age: 50})
      """

  # Cypher manual, "CALL subqueries" (importing WITH, the form before Neo4j 5.23)
  Scenario: [1] An importing WITH brings an outer variable into the subquery
    When executing query:
      """
      MATCH (p:Person)
      CALL {
        WITH p
        MATCH (q:Person) WHERE q.age > p.age
        RETURN count(q) AS older
      }
      RETURN p.name AS name, older
      """
    Then the result should be, in any order:
      | name    | older |
      | 'Alice' | 2     |
      | 'Bob'   | 1     |
      | 'Carol' | 0     |
    And no side effects

  # Cypher manual, "CALL subqueries", "Variable scope clause": CALL (x) imports x
  Scenario: [2] A variable scope clause names the imported variables
    When executing query:
      """
      MATCH (p:Person)
      CALL (p) {
        MATCH (q:Person) WHERE q.age > p.age
        RETURN count(q) AS older
      }
      RETURN p.name AS name, older
      """
    Then the result should be, in any order:
      | name    | older |
      | 'Alice' | 2     |
      | 'Bob'   | 1     |
      | 'Carol' | 0     |
    And no side effects

  # Cypher manual, "CALL subqueries", "Variable scope clause": CALL (*) imports every variable in scope
  Scenario: [3] CALL (*) imports every outer variable
    When executing query:
      """
      MATCH (p:Person {name: 'Bob'})
      WITH p, 10 AS step
      CALL (*) {
        RETURN p.age + step AS later
      }
      RETURN later
      """
    Then the result should be, in any order:
      | later |
      | 50    |
    And no side effects

  # Cypher manual, "CALL subqueries", "Variable scope clause": CALL () imports nothing
  Scenario: [4] CALL () runs the subquery without outer variables
    When executing query:
      """
      MATCH (p:Person)
      CALL () {
        MATCH (q:Person)
        RETURN count(q) AS people
      }
      RETURN p.name AS name, people
      """
    Then the result should be, in any order:
      | name    | people |
      | 'Alice' | 3      |
      | 'Bob'   | 3      |
      | 'Carol' | 3      |
    And no side effects

  # Cypher manual, "CALL subqueries", "Variable scope clause": variables not imported are not visible inside
  Scenario: [5] An outer variable that CALL () does not import is undefined inside
    When executing query:
      """
      MATCH (p:Person)
      CALL () {
        RETURN p.name AS inner
      }
      RETURN inner
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  # Cypher manual, "CALL subqueries", "Variable scope clause": only variables of the outer scope can be imported
  Scenario: [6] Importing a variable the outer query does not have is an error
    When executing query:
      """
      MATCH (p:Person)
      CALL (x) {
        RETURN 1 AS one
      }
      RETURN one
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  # Cypher manual, "CALL subqueries": a subquery may not return a variable name the outer scope already has
  Scenario: [7] Returning an outer variable name from the subquery is an error
    When executing query:
      """
      MATCH (p:Person)
      CALL (p) {
        RETURN p
      }
      RETURN p
      """
    Then a SyntaxError should be raised at compile time: VariableAlreadyBound
