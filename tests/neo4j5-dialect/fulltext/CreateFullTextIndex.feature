#encoding: utf-8

Feature: CreateFullTextIndex - creating, listing and dropping full-text indexes

  # Neo4j 5 Cypher manual, "Full-text indexes" › "Create full-text indexes":
  # https://neo4j.com/docs/cypher-manual/5/indexes/semantic-indexes/full-text-indexes/#create-full-text-indexes
  Scenario: [1] A node full-text index over two labels and two properties is listed as FULLTEXT
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX namesAndTeams FOR (n:Employee|Manager) ON EACH [n.name, n.team]
      """
    When executing query:
      """
      SHOW FULLTEXT INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
      """
    Then the result should be, in any order:
      | name            | type       | entityType | labelsOrTypes           | properties       | owningConstraint |
      | 'namesAndTeams' | 'FULLTEXT' | 'NODE'     | ['Employee', 'Manager'] | ['name', 'team'] | null             |
    And no side effects

  # Same page, "Create full-text indexes" (relationship index).
  Scenario: [2] A relationship full-text index over two types
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX communications FOR ()-[r:REVIEWED|EMAILED]-() ON EACH [r.message]
      """
    When executing query:
      """
      SHOW FULLTEXT INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
      """
    Then the result should be, in any order:
      | name             | type       | entityType     | labelsOrTypes           | properties  | owningConstraint |
      | 'communications' | 'FULLTEXT' | 'RELATIONSHIP' | ['REVIEWED', 'EMAILED'] | ['message'] | null             |
    And no side effects

  # Same page, "Create full-text indexes": OPTIONS with indexConfig `fulltext.analyzer` and `fulltext.eventually_consistent`.
  Scenario: [3] OPTIONS choose the analyzer and the consistency
    Given an empty graph
    When executing query:
      """
      CREATE FULLTEXT INDEX peerReviews FOR (n:Employee|Manager) ON EACH [n.peerReviews]
      OPTIONS {
        indexConfig: {
          `fulltext.analyzer`: 'english',
          `fulltext.eventually_consistent`: true
        }
      }
      """
    Then the result should be empty
    And no side effects

  # Same page: SHOW FULLTEXT INDEXES lists only full-text indexes (Cypher manual, "SHOW INDEXES" filtering by type).
  Scenario: [4] SHOW FULLTEXT INDEXES leaves out the other index types
    Given an empty graph
    And having executed:
      """
      CREATE INDEX employeeName FOR (n:Employee) ON (n.name)
      """
    And having executed:
      """
      CREATE FULLTEXT INDEX employeeText FOR (n:Employee) ON EACH [n.name]
      """
    When executing query:
      """
      SHOW FULLTEXT INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
      """
    Then the result should be, in any order:
      | name           | type       | entityType | labelsOrTypes  | properties | owningConstraint |
      | 'employeeText' | 'FULLTEXT' | 'NODE'     | ['Employee']   | ['name']   | null             |
    And no side effects

  # Cypher manual, "Create, show, and delete indexes" › IF NOT EXISTS: creating an existing index does nothing.
  Scenario: [5] IF NOT EXISTS on an existing name does nothing
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX namesAndTeams FOR (n:Employee|Manager) ON EACH [n.name, n.team]
      """
    When executing query:
      """
      CREATE FULLTEXT INDEX namesAndTeams IF NOT EXISTS FOR (n:Person) ON EACH [n.nickname]
      """
    Then the result should be empty
    And no side effects

  # Cypher manual, "Create, show, and delete indexes": an equivalent index without IF NOT EXISTS is refused
  # (Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists).
  Scenario: [6] An equivalent full-text index under another name is refused
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX namesAndTeams FOR (n:Employee|Manager) ON EACH [n.name, n.team]
      """
    When executing query:
      """
      CREATE FULLTEXT INDEX other FOR (n:Manager|Employee) ON EACH [n.name, n.team]
      """
    Then a DatabaseError should be raised at runtime: EquivalentSchemaRuleAlreadyExists

  # Same rule for a name taken by another index (Neo.ClientError.Schema.IndexWithNameAlreadyExists).
  Scenario: [7] A name taken by a range index is refused
    Given an empty graph
    And having executed:
      """
      CREATE INDEX taken FOR (n:Employee) ON (n.name)
      """
    When executing query:
      """
      CREATE FULLTEXT INDEX taken FOR (n:Employee) ON EACH [n.team]
      """
    Then a DatabaseError should be raised at runtime: IndexWithNameAlreadyExists

  # Full-text indexes page, "Drop full-text indexes": DROP INDEX name.
  Scenario: [8] DROP INDEX drops a full-text index
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX communications FOR ()-[r:REVIEWED|EMAILED]-() ON EACH [r.message]
      """
    And having executed:
      """
      DROP INDEX communications
      """
    When executing query:
      """
      SHOW FULLTEXT INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
      """
    Then the result should be empty
    And no side effects

  # Options are checked: an analyzer that does not exist is an argument error (Neo.ClientError.Statement.ArgumentError).
  Scenario: [9] An unknown analyzer is refused
    Given an empty graph
    When executing query:
      """
      CREATE FULLTEXT INDEX bad FOR (n:Employee) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'klingon'}}
      """
    Then an ArgumentError should be raised at compile time: InvalidArgumentValue

  # Operations manual, procedures: db.index.fulltext.listAvailableAnalyzers() lists the analyzers with their stop words.
  Scenario: [10] The analyzers include the default and the English one with its stop words
    Given an empty graph
    When executing query:
      """
      CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords
      WITH analyzer, stopwords
      WHERE analyzer IN ['standard-no-stop-words', 'english', 'standard-folding', 'cjk']
      RETURN analyzer, size(stopwords) > 0 AS hasStopWords, 'the' IN stopwords AS dropsThe
      """
    Then the result should be, in any order:
      | analyzer                 | hasStopWords | dropsThe |
      | 'cjk'                    | true         | true     |
      | 'english'                | true         | true     |
      | 'standard-folding'       | true         | true     |
      | 'standard-no-stop-words' | false        | false    |
    And no side effects
