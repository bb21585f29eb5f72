#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual, each scenario citing the manual page
# whose rule and result it checks. Match modes were released in Neo4j 2025.06 for Cypher 25 only: Neo4j 5's Cypher
# refuses them, and a statement starting with CYPHER 25 may use them.

Feature: MatchModes - DIFFERENT RELATIONSHIPS and REPEATABLE ELEMENTS after MATCH

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:Location {name: 'A'}), (b:Location {name: 'B'}),
             (a)-[:BRIDGE {id: 1}]->(b), (b)-[:BRIDGE {id: 2}]->(a)
      """

  # Cypher manual 25, "Match modes": "DIFFERENT RELATIONSHIPS … released in Neo4j 2025.06. It is only available in
  # Cypher 25"; Neo4j 5's parser refuses the keywords
  Scenario: [1] A match mode in Neo4j 5's Cypher is a syntax error
    When executing query:
      """
      MATCH DIFFERENT RELATIONSHIPS p = (s {name: 'A'})--{,2}(e)
      RETURN count(p) AS paths
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Same page: REPEATABLE ELEMENTS is Cypher 25 only as well
  Scenario: [2] REPEATABLE ELEMENTS in Neo4j 5's Cypher is a syntax error
    When executing query:
      """
      MATCH REPEATABLE ELEMENTS p = (s {name: 'A'})--{2}(e)
      RETURN count(p) AS paths
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual 25, "Paths with unique relationships": "MATCH DIFFERENT RELATIONSHIPS p = (start)--{,2}(end) is
  # functionally equivalent to MATCH p = (start)--{,2}(end)": no relationship is traversed twice in a match
  Scenario: [3] Under CYPHER 25, DIFFERENT RELATIONSHIPS is the default match mode
    When executing query:
      """
      CYPHER 25
      MATCH DIFFERENT RELATIONSHIPS p = (s {name: 'A'})--{,2}(e)
      RETURN length(p) AS hops, count(p) AS paths
      """
    Then the result should be, in any order:
      | hops | paths |
      | 0    | 1     |
      | 1    | 2     |
      | 2    | 2     |
    And no side effects

  # The same pattern without a match mode gives the same paths
  Scenario: [4] The default match mode without the keywords
    When executing query:
      """
      MATCH p = (s {name: 'A'})--{,2}(e)
      RETURN length(p) AS hops, count(p) AS paths
      """
    Then the result should be, in any order:
      | hops | paths |
      | 0    | 1     |
      | 1    | 2     |
      | 2    | 2     |
    And no side effects

  # Cypher manual 25, "Match modes" › REPEATABLE ELEMENTS: valid Cypher 25 that this engine does not run
  Scenario: [5] REPEATABLE ELEMENTS under CYPHER 25 is named as not supported
    When executing query:
      """
      CYPHER 25
      MATCH REPEATABLE ELEMENTS p = (s {name: 'A'})--{2}(e)
      RETURN count(p) AS paths
      """
    Then a SyntaxError should be raised at compile time: UnsupportedFeature
