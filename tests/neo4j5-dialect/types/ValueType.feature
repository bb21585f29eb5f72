#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: ValueType - valueType() prints the most precise type as Neo4j does

  # Cypher manual 5, "Functions" → "Scalar functions" → valueType(), example 1.
  Scenario: [1] valueType of simple values
    Given any graph
    When executing query:
      """
      UNWIND ['abc', 1, 2.0, true, [date()]] AS value
      RETURN valueType(value) AS result
      """
    Then the result should be, in order:
      | result                        |
      | 'STRING NOT NULL'             |
      | 'INTEGER NOT NULL'            |
      | 'FLOAT NOT NULL'              |
      | 'BOOLEAN NOT NULL'            |
      | 'LIST<DATE NOT NULL> NOT NULL' |
    And no side effects

  # Same page → considerations: valueType(null) is "NULL" (null is not propagated).
  Scenario: [2] valueType of null
    Given any graph
    When executing query:
      """
      RETURN valueType(null) AS result
      """
    Then the result should be, in any order:
      | result |
      | 'NULL' |
    And no side effects

  # Cypher manual 5, "Values and types" → "Types and their synonyms": the temporal types' names.
  Scenario: [3] valueType of temporal values and maps
    Given any graph
    When executing query:
      """
      RETURN valueType(datetime('2024-01-01T00:00Z')) AS zonedDateTime, valueType(localdatetime('2024-01-01T00:00')) AS localDateTime,
             valueType(time('12:00Z')) AS zonedTime, valueType(localtime('12:00')) AS localTime,
             valueType(duration('P1D')) AS duration, valueType({a: 1}) AS map
      """
    Then the result should be, in any order:
      | zonedDateTime            | localDateTime            | zonedTime            | localTime            | duration            | map            |
      | 'ZONED DATETIME NOT NULL' | 'LOCAL DATETIME NOT NULL' | 'ZONED TIME NOT NULL' | 'LOCAL TIME NOT NULL' | 'DURATION NOT NULL' | 'MAP NOT NULL' |
    And no side effects

  # Same pages: a list's element type is the union of its elements' types; an empty list holds NOTHING.
  Scenario: [4] valueType of lists
    Given any graph
    When executing query:
      """
      RETURN valueType(['a', 'b']) AS strings, valueType([]) AS empty, valueType([[1]]) AS nested
      """
    Then the result should be, in any order:
      | strings                         | empty                   | nested                                        |
      | 'LIST<STRING NOT NULL> NOT NULL' | 'LIST<NOTHING> NOT NULL' | 'LIST<LIST<INTEGER NOT NULL> NOT NULL> NOT NULL' |
    And no side effects

  # Same page: valueType of graph entities.
  Scenario: [5] valueType of nodes, relationships and paths
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:R]->(:B)
      """
    When executing query:
      """
      MATCH p = (a)-[r]->()
      RETURN valueType(a) AS node, valueType(r) AS rel, valueType(p) AS path
      """
    Then the result should be, in any order:
      | node            | rel                     | path            |
      | 'NODE NOT NULL' | 'RELATIONSHIP NOT NULL' | 'PATH NOT NULL' |
    And no side effects

  # Same page: the string valueType() returns can be compared with a type predicate's result, e.g. to guard a cast.
  Scenario: [6] valueType agrees with the type predicate
    Given any graph
    When executing query:
      """
      UNWIND [1, 'a', 1.5] AS v
      RETURN v, valueType(v) = 'INTEGER NOT NULL' AS byName, v IS :: INTEGER NOT NULL AS byPredicate
      """
    Then the result should be, in order:
      | v     | byName | byPredicate |
      | 1     | true   | true        |
      | 'a'   | false  | false       |
      | 1.5   | false  | false       |
    And no side effects
