#encoding: utf-8

Feature: FullTextIndexMaintenance - full-text indexes follow every write

  # Neo4j 5 Cypher manual, "Full-text indexes": "are kept up to date automatically, as nodes and relationships are added,
  # removed, and modified" and "will automatically populate newly created indexes with the existing data".
  # https://neo4j.com/docs/cypher-manual/5/indexes/semantic-indexes/full-text-indexes/

  Scenario: [1] An index created after the data holds the existing data
    Given an empty graph
    And having executed:
      """
      CREATE (:Article {title: 'Luxembourg and Japan sign a space agreement'}), (:Article {title: 'Trade mission to Osaka'})
      """
    And having executed:
      """
      CREATE FULLTEXT INDEX titles FOR (n:Article) ON EACH [n.title]
      """
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('titles', 'space') YIELD node
      RETURN node.title AS title
      """
    Then the result should be, in order:
      | title                                          |
      | 'Luxembourg and Japan sign a space agreement' |
    And no side effects

  Scenario: [2] A changed property is found by its new words only
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX titles FOR (n:Article) ON EACH [n.title]
      """
    And having executed:
      """
      CREATE (:Article {title: 'Trade mission to Osaka'})
      """
    And having executed:
      """
      MATCH (a:Article) SET a.title = 'Trade mission to Nagoya'
      """
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('titles', 'osaka OR nagoya') YIELD node
      RETURN node.title AS title
      """
    Then the result should be, in order:
      | title                     |
      | 'Trade mission to Nagoya' |
    And no side effects

  Scenario: [3] Removing the label or the property, or deleting the node, takes it out of the index
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX titles FOR (n:Article) ON EACH [n.title]
      """
    And having executed:
      """
      CREATE (:Article {title: 'alpha one'}), (:Article {title: 'alpha two'}), (:Article {title: 'alpha three'}), (:Article {title: 'alpha four'})
      """
    And having executed:
      """
      MATCH (a:Article {title: 'alpha one'}) REMOVE a:Article
      """
    And having executed:
      """
      MATCH (a:Article {title: 'alpha two'}) REMOVE a.title
      """
    And having executed:
      """
      MATCH (a:Article {title: 'alpha three'}) DELETE a
      """
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('titles', 'alpha') YIELD node
      RETURN node.title AS title
      """
    Then the result should be, in order:
      | title        |
      | 'alpha four' |
    And no side effects

  Scenario: [4] A query reads the writes of its own statement's transaction
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX titles FOR (n:Article) ON EACH [n.title]
      """
    And having executed:
      """
      CREATE (:Article {title: 'old words'})
      """
    When executing query:
      """
      CREATE (:Article {title: 'fresh words'})
      WITH count(*) AS created
      CALL db.index.fulltext.queryNodes('titles', 'words') YIELD node
      RETURN node.title AS title
      """
    Then the result should be, in any order:
      | title         |
      | 'old words'   |
      | 'fresh words' |
    And the side effects should be:
      | +nodes      | 1 |
      | +properties | 1 |

  Scenario: [5] Lists of strings are indexed element by element, and other value types are not indexed
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX reviews FOR (n:Employee) ON EACH [n.peerReviews]
      """
    And having executed:
      """
      CREATE (:Employee {name: 'a', peerReviews: ['Often late for work.', 'Helpful']}), (:Employee {name: 'b', peerReviews: 42})
      """
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('reviews', 'late OR 42') YIELD node
      RETURN node.name AS name
      """
    Then the result should be, in order:
      | name |
      | 'a'  |
    And no side effects

  # Manual: 'english' analyzer stems words, so "meetings" finds "meeting".
  Scenario: [6] The english analyzer matches word forms
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX notes FOR (n:Note) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}
      """
    And having executed:
      """
      CREATE (:Note {text: 'We booked a meeting'}), (:Note {text: 'Nothing planned'})
      """
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('notes', 'meetings') YIELD node
      RETURN node.text AS text
      """
    Then the result should be, in order:
      | text                  |
      | 'We booked a meeting' |
    And no side effects

  # standard-folding: accents are folded away on both sides.
  Scenario: [7] The standard-folding analyzer ignores accents
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX places FOR (n:Place) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
      """
    And having executed:
      """
      CREATE (:Place {name: 'Liège'}), (:Place {name: 'Esch-sur-Alzette'})
      """
    When executing query:
      """
      CALL db.index.fulltext.queryNodes('places', 'liege') YIELD node
      RETURN node.name AS name
      """
    Then the result should be, in order:
      | name    |
      | 'Liège' |
    And no side effects
