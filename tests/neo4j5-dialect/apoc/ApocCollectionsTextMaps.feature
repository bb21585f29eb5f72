#encoding: utf-8

Feature: ApocCollectionsTextMaps - apoc.coll, apoc.text.join and apoc.map.merge

  # https://neo4j.com/docs/apoc/current/overview/apoc.coll/apoc.coll.sum/ "Usage examples": 15.0, always a FLOAT.
  Scenario: [1] apoc.coll.sum of integers is a float
    Given any graph
    When executing query:
      """
      RETURN apoc.coll.sum([1, 2, 3, 4, 5]) AS output
      """
    Then the result should be, in any order:
      | output |
      | 15.0   |
    And no side effects

  # https://neo4j.com/docs/apoc/current/overview/apoc.coll/apoc.coll.min/ and …/apoc.coll.max/ (apoc.coll.min([0.5,1,2.3])).
  Scenario: [2] apoc.coll.min and apoc.coll.max
    Given any graph
    When executing query:
      """
      RETURN apoc.coll.min([0.5, 1, 2.3]) AS min, apoc.coll.max([0.5, 1, 2.3]) AS max
      """
    Then the result should be, in any order:
      | min | max |
      | 0.5 | 2.3 |
    And no side effects

  # https://neo4j.com/docs/apoc/current/overview/apoc.coll/apoc.coll.toSet/ "returns a unique list" (first occurrences, in order).
  Scenario: [3] apoc.coll.toSet removes repeated elements
    Given any graph
    When executing query:
      """
      RETURN apoc.coll.toSet([1, 2, 1, 3, 2]) AS output
      """
    Then the result should be, in any order:
      | output    |
      | [1, 2, 3] |
    And no side effects

  # https://neo4j.com/docs/apoc/current/overview/apoc.coll/apoc.coll.flatten/ "Usage Examples": one level of nesting.
  Scenario: [6] apoc.coll.flatten
    Given any graph
    When executing query:
      """
      RETURN apoc.coll.flatten([1, 2, 3, [4, 5, 6]]) AS output
      """
    Then the result should be, in any order:
      | output             |
      | [1, 2, 3, 4, 5, 6] |
    And no side effects

  # https://neo4j.com/docs/apoc/current/overview/apoc.text/apoc.text.join/ "Usage Examples".
  Scenario: [4] apoc.text.join
    Given any graph
    When executing query:
      """
      RETURN apoc.text.join(['Hello', 'World'], ' ') AS output
      """
    Then the result should be, in any order:
      | output        |
      | 'Hello World' |
    And no side effects

  # https://neo4j.com/docs/apoc/current/overview/apoc.map/apoc.map.merge/ "Usage Examples": the second map wins.
  Scenario: [5] apoc.map.merge
    Given any graph
    When executing query:
      """
      RETURN apoc.map.merge({name: 'Cristiano Ronaldo', club: 'Juventus'}, {club: 'Al Nassr', country: 'Portugal'}) AS output
      """
    Then the result should be, in any order:
      | output                                                              |
      | {name: 'Cristiano Ronaldo', club: 'Al Nassr', country: 'Portugal'} |
    And no side effects
