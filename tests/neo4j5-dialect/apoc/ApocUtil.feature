#encoding: utf-8

Feature: ApocUtil - apoc.util.validate and apoc.util.validatePredicate

  # https://neo4j.com/docs/apoc/current/overview/apoc.util/apoc.util.validate/ "Usage Examples": a true predicate
  # throws ("Failed to invoke procedure apoc.util.validate: Caused by: java.lang.RuntimeException: message 42").
  Scenario: [1] validate fails the query when the predicate is true
    Given any graph
    When executing query:
      """
      WITH true AS predicate
      CALL apoc.util.validate(predicate, 'message %d', [42])
      RETURN count(*)
      """
    Then a ProcedureError should be raised at runtime: ProcedureCallFailed

  # Same page: "The following does nothing because the predicate is false".
  Scenario: [2] validate does nothing when the predicate is false
    Given any graph
    When executing query:
      """
      WITH false AS predicate
      CALL apoc.util.validate(predicate, 'message %d', [42])
      RETURN count(*)
      """
    Then the result should be, in any order:
      | count(*) |
      | 1        |
    And no side effects

  # https://neo4j.com/docs/apoc/current/overview/apoc.util/apoc.util.validatePredicate/ "Usage Examples".
  Scenario: [3] validatePredicate returns true when the predicate is false
    Given any graph
    When executing query:
      """
      RETURN apoc.util.validatePredicate(false, 'message %d', [42]) AS result
      """
    Then the result should be, in any order:
      | result |
      | true   |
    And no side effects

  # Same page: inside WHERE, a true predicate throws.
  Scenario: [4] validatePredicate fails the query when the predicate is true
    Given an empty graph
    And having executed:
      """
      CREATE (:A)
      """
    When executing query:
      """
      MATCH (a)
      WHERE apoc.util.validatePredicate(true, 'message %d', [42])
      RETURN a
      """
    Then a ProcedureError should be raised at runtime: ProcedureCallFailed
