#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: TypePredicates - Neo4j 5 type predicate expressions

  # Cypher manual 5, "Values and types" → "Type predicate expressions" → "Verify the type of a Cypher expression".
  Scenario: [1] IS :: INTEGER, null included
    Given any graph
    When executing query:
      """
      UNWIND [42, true, 'abc', null] AS val
      RETURN val, val IS :: INTEGER AS isInteger
      """
    Then the result should be, in order:
      | val   | isInteger |
      | 42    | true      |
      | true  | false     |
      | 'abc' | false     |
      | null  | true      |
    And no side effects

  # Same page → "Type predicate expressions with NOT".
  Scenario: [2] IS NOT :: STRING
    Given any graph
    When executing query:
      """
      UNWIND [42, true, 'abc', null] AS val
      RETURN val, val IS NOT :: STRING AS notString
      """
    Then the result should be, in order:
      | val   | notString |
      | 42    | true      |
      | true  | true      |
      | 'abc' | false     |
      | null  | false     |
    And no side effects

  # Same page → "Type predicate expressions for null".
  Scenario: [3] NOT NULL excludes null
    Given any graph
    When executing query:
      """
      RETURN NULL IS :: BOOLEAN AS isBoolean, NULL IS :: BOOLEAN NOT NULL AS isNotNullBoolean
      """
    Then the result should be, in any order:
      | isBoolean | isNotNullBoolean |
      | true      | false            |
    And no side effects

  # Same page → "Type predicate expressions for null": IS NOT :: is false for null unless NOT NULL is appended.
  Scenario: [4] IS NOT :: with null
    Given any graph
    When executing query:
      """
      RETURN (null + 1) IS NOT :: DATE AS isNotDate, (null + 1) IS NOT :: DATE NOT NULL AS isNotNotNullDate
      """
    Then the result should be, in any order:
      | isNotDate | isNotNotNullDate |
      | false     | true             |
    And no side effects

  # Same page → "Verify the type of a property": the manual filters on n.age IS :: INTEGER (null ages included).
  Scenario: [5] Filtering on a property's type
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Alice', age: 18}), (:Person {name: 'Bob', age: '20'}), (:Person {name: 'Charlie'})
      """
    When executing query:
      """
      MATCH (n:Person)
      WHERE n.age IS :: INTEGER AND n.age > 15
      RETURN n.name AS name, n.age AS age
      """
    Then the result should be, in any order:
      | name    | age |
      | 'Alice' | 18  |
    And no side effects

  # Same page → "Closed Dynamic Unions": a union of types, with the IS TYPED and :: spellings.
  Scenario: [6] Unions, IS TYPED and the bare :: form
    Given any graph
    When executing query:
      """
      UNWIND [42, 42.0, "42"] AS val
      RETURN val, val IS :: INTEGER | FLOAT AS isNumber, val IS TYPED STRING AS isString, val :: ANY<INTEGER | STRING> AS intOrString
      """
    Then the result should be, in order:
      | val  | isNumber | isString | intOrString |
      | 42   | true     | false    | true        |
      | 42.0 | true     | false    | false       |
      | '42' | false    | true     | true        |
    And no side effects

  # Same page → "List types": a list is of LIST<T> when every element is of T; an empty list is of every list type.
  Scenario: [7] List types
    Given any graph
    When executing query:
      """
      RETURN [42] IS :: LIST<INTEGER> AS ints, [42, 'a'] IS :: LIST<INTEGER> AS mixed,
             [42, 'a'] IS :: LIST<INTEGER | STRING> AS union, [] IS :: LIST<NOTHING> AS empty,
             [1, null] IS :: LIST<INTEGER NOT NULL> AS withNull, [[1], [2]] IS :: LIST<LIST<INTEGER>> AS nested
      """
    Then the result should be, in any order:
      | ints | mixed | union | empty | withNull | nested |
      | true | false | true  | true  | false    | true   |
    And no side effects

  # Cypher manual 5, "Values and types" → "Types and their synonyms": ANY, NOTHING, NULL, PROPERTY VALUE and synonyms.
  Scenario: [8] ANY, NOTHING, NULL and PROPERTY VALUE
    Given any graph
    When executing query:
      """
      RETURN 1 IS :: ANY AS anyType, 1 IS :: NOTHING AS nothing, null IS :: NOTHING AS nullNothing,
             null IS :: NULL AS nullNull, 1 IS :: NULL AS oneNull,
             [1, 2] IS :: PROPERTY VALUE AS storableList, [1, 'a'] IS :: PROPERTY VALUE AS mixedList,
             {a: 1} IS :: PROPERTY VALUE AS map
      """
    Then the result should be, in any order:
      | anyType | nothing | nullNothing | nullNull | oneNull | storableList | mixedList | map   |
      | true    | false   | false       | true     | false   | true         | false     | false |
    And no side effects

  # Same page → "Types and their synonyms": INT, BOOL, VARCHAR, TIMESTAMP WITH TIME ZONE, ARRAY<…>, INNER_TYPE LIST, !.
  Scenario: [9] Type synonyms
    Given any graph
    When executing query:
      """
      RETURN 1 IS :: INT AS int, true IS :: BOOL AS bool, 'a' IS :: VARCHAR AS varchar,
             datetime('2024-01-01T00:00Z') IS :: TIMESTAMP WITH TIME ZONE AS zoned,
             localdatetime('2024-01-01T00:00') IS :: TIMESTAMP WITHOUT TIME ZONE AS local,
             date('2024-01-01') IS :: DATE AS date, duration('P1D') IS :: DURATION AS duration,
             [1] IS :: ARRAY<SIGNED INTEGER> AS array, [1] IS :: INTEGER LIST AS postfix, null IS :: INTEGER! AS bang
      """
    Then the result should be, in any order:
      | int  | bool | varchar | zoned | local | date | duration | array | postfix | bang  |
      | true | true | true    | true  | true  | true | true     | true  | true    | false |
    And no side effects

  # Same page: nodes, relationships and paths have their own types (NODE, RELATIONSHIP, PATH, with synonyms).
  Scenario: [10] Structural types
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:R]->(:B)
      """
    When executing query:
      """
      MATCH p = (a)-[r]->(b)
      RETURN a IS :: NODE AS node, a IS :: ANY VERTEX AS vertex, r IS :: RELATIONSHIP AS rel, r IS :: EDGE AS edge,
             p IS :: PATH AS path, a IS :: MAP AS nodeIsMap, {k: 1} IS :: MAP AS map
      """
    Then the result should be, in any order:
      | node | vertex | rel  | edge | path | nodeIsMap | map  |
      | true | true   | true | true | true | false     | true |
    And no side effects
