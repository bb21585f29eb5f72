#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: ExtendedCase - simple CASE with several values and comparison operators

  Background:
    # Cypher manual 5, "Queries" → "Conditional expressions (CASE)" → "Example graph".
    Given an empty graph
    And having executed:
      """
      CREATE
        (alice:Person {name:'Alice', age: 38, eyes: 'brown'}),
        (bob:Person {name: 'Bob', age: 25, eyes: 'blue'}),
        (charlie:Person {name: 'Charlie', age: 53, eyes: 'green'}),
        (daniel:Person {name: 'Daniel', eyes: 'brown'}),
        (eskil:Person {name: 'Eskil', age: 41, eyes: 'blue'}),
        (alice)-[:KNOWS]->(bob),
        (alice)-[:KNOWS]->(charlie),
        (bob)-[:KNOWS]->(daniel),
        (charlie)-[:KNOWS]->(daniel),
        (bob)-[:MARRIED]->(eskil)
      """

  # Same page → "Simple CASE": several values in one WHEN.
  Scenario: [1] Simple CASE with several values per WHEN
    When executing query:
      """
      MATCH (n:Person)
      RETURN
      CASE n.eyes
        WHEN 'blue' THEN 1
        WHEN 'brown', 'hazel' THEN 2
        ELSE 3
      END AS result, n.eyes
      """
    Then the result should be, in any order:
      | result | n.eyes  |
      | 2      | 'brown' |
      | 1      | 'blue'  |
      | 3      | 'green' |
      | 2      | 'brown' |
      | 1      | 'blue'  |
    And no side effects

  # Same page → "Extended Simple CASE".
  Scenario: [2] Extended simple CASE with comparison operators, IS NULL and a type predicate
    When executing query:
      """
      MATCH (n:Person)
      RETURN n.name,
      CASE n.age
        WHEN IS NULL, IS NOT TYPED INTEGER | FLOAT THEN "Unknown"
        WHEN = 0, = 1, = 2 THEN "Baby"
        WHEN <= 13 THEN "Child"
        WHEN < 20 THEN "Teenager"
        WHEN < 30 THEN "Young Adult"
        WHEN > 1000 THEN "Immortal"
        ELSE "Adult"
      END AS result
      """
    Then the result should be, in any order:
      | n.name    | result        |
      | 'Alice'   | 'Adult'       |
      | 'Bob'     | 'Young Adult' |
      | 'Charlie' | 'Adult'       |
      | 'Daniel'  | 'Unknown'     |
      | 'Eskil'   | 'Adult'       |
    And no side effects

  # Same page → "Extended Simple CASE": the string comparison operators STARTS WITH, ENDS WITH and =~.
  Scenario: [3] Extended simple CASE with string operators
    When executing query:
      """
      MATCH (n:Person)
      RETURN n.name,
      CASE n.name
        WHEN STARTS WITH 'A' THEN 'a'
        WHEN ENDS WITH 'e' THEN 'e'
        WHEN =~ 'D.*' THEN 'd'
        ELSE 'other'
      END AS result
      """
    Then the result should be, in any order:
      | n.name    | result  |
      | 'Alice'   | 'a'     |
      | 'Bob'     | 'other' |
      | 'Charlie' | 'e'     |
      | 'Daniel'  | 'd'     |
      | 'Eskil'   | 'other' |
    And no side effects

  # Same page: the test expression is evaluated once and each WHEN is tried in order; the first match wins.
  Scenario: [4] The first matching WHEN wins, and ELSE is optional
    When executing query:
      """
      UNWIND [5, 15, 50] AS x
      RETURN x, CASE x WHEN < 10, > 40 THEN 'edge' WHEN < 20 THEN 'low' END AS result
      """
    Then the result should be, in order:
      | x  | result |
      | 5  | 'edge' |
      | 15 | 'low'  |
      | 50 | 'edge' |
    And no side effects
