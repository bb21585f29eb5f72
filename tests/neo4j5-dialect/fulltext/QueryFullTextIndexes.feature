#encoding: utf-8

Feature: QueryFullTextIndexes - db.index.fulltext.queryNodes and queryRelationships

  # The example graph of the Neo4j 5 Cypher manual's "Full-text indexes" page, "Example graph":
  # https://neo4j.com/docs/cypher-manual/5/indexes/semantic-indexes/full-text-indexes/#example-graph
  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (nilsE:Employee {name: 'Nils-Erik Karlsson', position: 'Engineer', team: 'Kernel', peerReviews: ['Nils-Erik is difficult to work with.', 'Nils-Erik is often late for work.']}),
      (lisa:Manager {name: 'Lisa Danielsson', position: 'Engineering manager'}),
      (nils:Employee {name: 'Nils Johansson', position: 'Engineer', team: 'Operations'}),
      (maya:Employee {name: 'Maya Tanaka', position: 'Senior Engineer', team: 'Operations'}),
      (lisa)-[:REVIEWED {message: 'Nils-Erik is reportedly difficult to work with.'}]->(nilsE),
      (maya)-[:EMAILED {message: 'I have booked a team meeting tomorrow.'}]->(nils)
      """
    And having executed:
      """
      CREATE FULLTEXT INDEX namesAndTeams FOR (n:Employee|Manager) ON EACH [n.name, n.team]
      """
    And having executed:
      """
      CREATE FULLTEXT INDEX communications FOR ()-[r:REVIEWED|EMAILED]-() ON EACH [r.message]
      """

  # "Query full-text indexes": queryNodes('namesAndTeams', 'nils'); the shorter name scores higher.
  Scenario: [1] A term matches every node with the word, best first
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'nils') YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be, in order:
      | name                 |
      | 'Nils Johansson'     |
      | 'Nils-Erik Karlsson' |
    And no side effects

  # "Query full-text indexes": scores are positive and ordered descending.
  Scenario: [2] Scores are positive and descending
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'nils OR operations') YIELD node, score
      WITH collect(score) AS scores
      RETURN size(scores) AS hits, all(i IN range(1, size(scores) - 1) WHERE scores[i - 1] >= scores[i]) AS descending,
             all(s IN scores WHERE s > 0.0) AS positive
      """
    Then the result should be, in any order:
      | hits | descending | positive |
      | 3    | true       | true     |
    And no side effects

  # "Query full-text indexes": a field-specific query, team:"Operations".
  Scenario: [3] field:term searches one property
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'team:"Operations"') YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be, in any order:
      | name             |
      | 'Nils Johansson' |
      | 'Maya Tanaka'    |
    And no side effects

  # "Query full-text indexes": logical operators, 'nils AND kernel'.
  Scenario: [4] AND requires both words
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'nils AND kernel') YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be, in order:
      | name                 |
      | 'Nils-Erik Karlsson' |
    And no side effects

  # Lucene query syntax (the manual: "full-text indexes can be queried using the Lucene query language"): a phrase.
  Scenario: [5] A phrase matches words next to each other only
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', '"nils erik"') YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be, in order:
      | name                 |
      | 'Nils-Erik Karlsson' |
    And no side effects

  # Lucene query syntax: fuzzy matching with ~ finds a word one edit away.
  Scenario: [6] A fuzzy term tolerates a typo
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'johanson~') YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be, in order:
      | name             |
      | 'Nils Johansson' |
    And no side effects

  # Lucene query syntax: a prefix (wildcard) term.
  Scenario: [7] A prefix term matches the words that start with it
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'oper*') YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be, in any order:
      | name             |
      | 'Nils Johansson' |
      | 'Maya Tanaka'    |
    And no side effects

  # Lucene query syntax: NOT excludes.
  Scenario: [8] NOT excludes a word
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'operations NOT maya') YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be, in order:
      | name             |
      | 'Nils Johansson' |
    And no side effects

  # Procedure reference, queryNodes options map: {skip, limit}.
  Scenario: [9] skip and limit page through the hits in score order
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'nils', {skip: 1, limit: 1}) YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be, in order:
      | name                 |
      | 'Nils-Erik Karlsson' |
    And no side effects

  # "Query full-text indexes": queryRelationships('communications', 'meeting').
  Scenario: [10] queryRelationships finds relationships by their message
    When executing query:
      """
      CALL db.index.fulltext.queryRelationships('communications', 'meeting') YIELD relationship, score
      RETURN type(relationship) AS type, relationship.message AS message
      """
    Then the result should be, in order:
      | type      | message                                  |
      | 'EMAILED' | 'I have booked a team meeting tomorrow.' |
    And no side effects

  # Manual: a full-text index only holds STRING values; labels outside the index are not found.
  Scenario: [11] Nodes without an indexed label are not found
    And having executed:
      """
      CREATE (:Contractor {name: 'Nils Contractor'})
      """
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'contractor') YIELD node, score
      RETURN node.name AS name
      """
    Then the result should be empty
    And no side effects

  # Procedure reference: an index that does not exist fails the call
  # (Neo.ClientError.Procedure.ProcedureCallFailed: "There is no such fulltext schema index: …").
  Scenario: [12] Querying an unknown index fails
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('missing', 'nils') YIELD node, score
      RETURN node
      """
    Then a ProcedureError should be raised at runtime: ProcedureCallFailed

  # Procedure reference: a relationship index cannot be queried for nodes (Neo.ClientError.Procedure.ProcedureCallFailed).
  Scenario: [13] Querying a relationship index for nodes fails
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('communications', 'meeting') YIELD node, score
      RETURN node
      """
    Then a ProcedureError should be raised at runtime: ProcedureCallFailed

  # Lucene query syntax errors fail the call (Neo.ClientError.Procedure.ProcedureCallFailed, a Lucene ParseException).
  Scenario: [14] A query that is not Lucene syntax fails
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('namesAndTeams', 'nils AND (') YIELD node, score
      RETURN node
      """
    Then a ProcedureError should be raised at runtime: ProcedureCallFailed
