#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule it checks. The manual does not say whether a wrong index type is found before or while
# the query runs, nor name a TCK detail for it, so those scenarios expect a TypeError "at any time" with any detail.

Feature: ListIndexing - list elements are read by integer index

  # Cypher manual, "Values and types > Lists" (https://neo4j.com/docs/cypher-manual/5/values-and-types/lists/):
  # indexes start at 0, negative indexes count from the end, and an index outside the list gives null.
  Scenario: [1] Indexes count from 0, negative ones from the end, and beyond the end give null
    Given any graph
    When executing query:
      """
      WITH ['Tokyo', 'Luxembourg', 'Nairobi'] AS cities
      RETURN cities[0] AS first, cities[-1] AS last, cities[7] AS beyond
      """
    Then the result should be, in any order:
      | first   | last      | beyond |
      | 'Tokyo' | 'Nairobi' | null   |
    And no side effects

  # Cypher manual, "Values and types > Lists": an index is an INTEGER; a float is not one.
  Scenario: [2] A float index is a type error
    Given any graph
    When executing query:
      """
      WITH ['Tokyo', 'Luxembourg'] AS cities
      RETURN cities[0.5] AS city
      """
    Then a TypeError should be raised at any time: *

  # Cypher manual, "Values and types > Lists" and "Syntax > Parameters": the same holds for an index given as a
  # parameter, whose type is only known when the query runs.
  Scenario: [3] A string index given as a parameter is a type error
    Given any graph
    And parameters are:
      | index | 'first' |
    When executing query:
      """
      WITH ['Tokyo', 'Luxembourg'] AS cities
      RETURN cities[$index] AS city
      """
    Then a TypeError should be raised at any time: *

  # Cypher manual, "Syntax > Parameters": parameters given in several steps are all available to the query.
  Scenario: [4] Parameters given in two steps are both passed
    Given any graph
    And parameters are:
      | cities | ['Tokyo', 'Luxembourg', 'Nairobi'] |
    And parameters are:
      | index | 1 |
    When executing query:
      """
      RETURN $cities[$index] AS city
      """
    Then the result should be, in any order:
      | city         |
      | 'Luxembourg' |
    And no side effects
