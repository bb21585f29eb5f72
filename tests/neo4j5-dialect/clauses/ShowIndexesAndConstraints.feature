#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks. The schema rule id and the index usage statistics (lastRead,
# readCount, trackedSince) are not kept by this engine and are null; the scenarios YIELD the other columns.

Feature: ShowIndexesAndConstraints - SHOW INDEXES and SHOW CONSTRAINTS with YIELD, WHERE and RETURN

  # Cypher manual, "Create, show, and delete indexes" › "Listing all indexes": the default columns, an index ONLINE
  # and fully populated, with its provider
  Scenario: [1] SHOW INDEXES lists the state, population and provider of each index
    Given an empty graph
    And having executed:
      """
      CREATE INDEX example_index FOR (n:Book) ON (n.title)
      """
    And having executed:
      """
      CREATE TEXT INDEX indexOnBooks FOR (n:Label1) ON (n.prop1)
      """
    When executing query:
      """
      SHOW INDEXES
      YIELD name, state, populationPercent, type, entityType, labelsOrTypes, properties, indexProvider, owningConstraint
      """
    Then the result should be, in order:
      | name            | state    | populationPercent | type    | entityType | labelsOrTypes | properties | indexProvider | owningConstraint |
      | 'example_index' | 'ONLINE' | 100.0             | 'RANGE' | 'NODE'     | ['Book']      | ['title']  | 'range-1.0'   | null             |
      | 'indexOnBooks'  | 'ONLINE' | 100.0             | 'TEXT'  | 'NODE'     | ['Label1']    | ['prop1']  | 'text-2.0'    | null             |
    And no side effects

  # Same page, "Listing specific columns": YIELD with AS, then RETURN of a map member of options
  Scenario: [2] YIELD specific columns and RETURN the index config and create statement
    Given an empty graph
    And having executed:
      """
      CREATE INDEX example_index FOR (n:Book) ON (n.title)
      """
    And having executed:
      """
      CREATE TEXT INDEX indexOnBooks FOR (n:Label1) ON (n.prop1)
      """
    And having executed:
      """
      CREATE RANGE INDEX composite_range_rel_index_name FOR ()-[r:PURCHASED]-() ON (r.date, r.amount)
      """
    When executing query:
      """
      SHOW INDEXES
      YIELD name, type, indexProvider AS provider, options, createStatement
      RETURN name, type, provider, options.indexConfig AS config, createStatement
      """
    Then the result should be, in order:
      | name                             | type    | provider    | config | createStatement                                                                                                           |
      | 'composite_range_rel_index_name' | 'RANGE' | 'range-1.0' | {}     | 'CREATE RANGE INDEX `composite_range_rel_index_name` FOR ()-[r:`PURCHASED`]-() ON (r.`date`, r.`amount`)'                 |
      | 'example_index'                  | 'RANGE' | 'range-1.0' | {}     | 'CREATE RANGE INDEX `example_index` FOR (n:`Book`) ON (n.`title`)'                                                        |
      | 'indexOnBooks'                   | 'TEXT'  | 'text-2.0'  | {}     | 'CREATE TEXT INDEX `indexOnBooks` FOR (n:`Label1`) ON (n.`prop1`) OPTIONS {indexConfig: {}, indexProvider: \'text-2.0\'}' |
    And no side effects

  # Same page, "Listing indexes with filtering": SHOW RANGE INDEXES with WHERE leaves out other types and the index of
  # a constraint
  Scenario: [3] SHOW RANGE INDEXES filtered with WHERE
    Given an empty graph
    And having executed:
      """
      CREATE INDEX example_index FOR (n:Book) ON (n.title)
      """
    And having executed:
      """
      CREATE TEXT INDEX indexOnBooks FOR (n:Label1) ON (n.prop1)
      """
    And having executed:
      """
      CREATE CONSTRAINT uniqueBookIsbn FOR (book:Book) REQUIRE book.isbn IS UNIQUE
      """
    When executing query:
      """
      SHOW RANGE INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL
      """
    Then the result should be, in any order:
      | name            | type    | owningConstraint |
      | 'example_index' | 'RANGE' | null             |
    And no side effects

  # Cypher manual, "Create, show, and delete constraints" › "Constraints and backing indexes": the index of a
  # uniqueness constraint names its constraint, and its create statement is the constraint's, with the index options
  Scenario: [4] The index of a constraint
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT book_isbn FOR (book:Book) REQUIRE book.isbn IS UNIQUE
      """
    When executing query:
      """
      SHOW INDEXES YIELD name, type, owningConstraint, createStatement WHERE owningConstraint IS NOT NULL
      """
    Then the result should be, in any order:
      | name        | type    | owningConstraint | createStatement                                                                                                                  |
      | 'book_isbn' | 'RANGE' | 'book_isbn'      | 'CREATE CONSTRAINT `book_isbn` FOR (n:`Book`) REQUIRE (n.`isbn`) IS UNIQUE OPTIONS {indexConfig: {}, indexProvider: \'range-1.0\'}' |
    And no side effects

  # Cypher manual, "Create, show, and delete indexes" › SHOW INDEXES syntax: YIELD with ORDER BY, SKIP and LIMIT
  Scenario: [5] YIELD with ORDER BY, SKIP and LIMIT
    Given an empty graph
    And having executed:
      """
      CREATE INDEX a FOR (n:A) ON (n.p)
      """
    And having executed:
      """
      CREATE INDEX b FOR (n:B) ON (n.p)
      """
    And having executed:
      """
      CREATE INDEX c FOR (n:C) ON (n.p)
      """
    When executing query:
      """
      SHOW INDEXES YIELD name, labelsOrTypes AS labels ORDER BY name DESC SKIP 1 LIMIT 1
      """
    Then the result should be, in order:
      | name | labels |
      | 'b'  | ['B']  |
    And no side effects

  # Same page: "YIELD is mandatory if the RETURN clause is used"
  Scenario: [6] RETURN without YIELD is an error
    Given an empty graph
    When executing query:
      """
      SHOW INDEXES RETURN name
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual, "Create, show, and delete constraints" › "SHOW CONSTRAINTS": the default columns but the id, with
  # the backing index of uniqueness and key constraints and the property type of a type constraint
  Scenario: [7] SHOW CONSTRAINTS lists each kind with its backing index
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT book_isbn FOR (book:Book) REQUIRE book.isbn IS UNIQUE
      """
    And having executed:
      """
      CREATE CONSTRAINT author_name FOR (author:Author) REQUIRE author.name IS NOT NULL
      """
    And having executed:
      """
      CREATE CONSTRAINT actor_fullname FOR (actor:Actor) REQUIRE (actor.firstname, actor.surname) IS NODE KEY
      """
    And having executed:
      """
      CREATE CONSTRAINT movie_title FOR (movie:Movie) REQUIRE movie.title IS :: STRING
      """
    When executing query:
      """
      SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex, propertyType
      """
    Then the result should be, in order:
      | name             | type                      | entityType | labelsOrTypes | properties               | ownedIndex       | propertyType |
      | 'actor_fullname' | 'NODE_KEY'                | 'NODE'     | ['Actor']     | ['firstname', 'surname'] | 'actor_fullname' | null         |
      | 'author_name'    | 'NODE_PROPERTY_EXISTENCE' | 'NODE'     | ['Author']    | ['name']                 | null             | null         |
      | 'book_isbn'      | 'UNIQUENESS'              | 'NODE'     | ['Book']      | ['isbn']                 | 'book_isbn'      | null         |
      | 'movie_title'    | 'NODE_PROPERTY_TYPE'      | 'NODE'     | ['Movie']     | ['title']                | null             | 'STRING'     |
    And no side effects

  # Same page, "Returning specific columns for all constraints": YIELD name, type, createStatement
  Scenario: [8] The create statement of each constraint
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT book_title_year FOR (book:Book) REQUIRE (book.title, book.publicationYear) IS UNIQUE
      """
    And having executed:
      """
      CREATE CONSTRAINT author_name FOR (author:Author) REQUIRE author.name IS NOT NULL
      """
    And having executed:
      """
      CREATE CONSTRAINT director_imdbId FOR (director:Director) REQUIRE (director.imdbId) IS NODE KEY
      """
    And having executed:
      """
      CREATE CONSTRAINT movie_tagline FOR (movie:Movie) REQUIRE movie.tagline IS :: LIST<STRING NOT NULL> | STRING
      """
    When executing query:
      """
      SHOW CONSTRAINTS
      YIELD name, type, createStatement
      """
    Then the result should be, in order:
      | name              | type                      | createStatement                                                                                            |
      | 'author_name'     | 'NODE_PROPERTY_EXISTENCE' | 'CREATE CONSTRAINT `author_name` FOR (n:`Author`) REQUIRE (n.`name`) IS NOT NULL'                           |
      | 'book_title_year' | 'UNIQUENESS'              | 'CREATE CONSTRAINT `book_title_year` FOR (n:`Book`) REQUIRE (n.`title`, n.`publicationYear`) IS UNIQUE'     |
      | 'director_imdbId' | 'NODE_KEY'                | 'CREATE CONSTRAINT `director_imdbId` FOR (n:`Director`) REQUIRE (n.`imdbId`) IS NODE KEY'                   |
      | 'movie_tagline'   | 'NODE_PROPERTY_TYPE'      | 'CREATE CONSTRAINT `movie_tagline` FOR (n:`Movie`) REQUIRE (n.`tagline`) IS :: STRING \| LIST<STRING NOT NULL>' |
    And no side effects

  # Same page, "List all constraints with full details": options name the backing index's provider; constraints
  # without an index have none
  Scenario: [9] YIELD * gives the options of constraints with a backing index
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT book_isbn FOR (book:Book) REQUIRE book.isbn IS UNIQUE
      """
    And having executed:
      """
      CREATE CONSTRAINT author_name FOR (author:Author) REQUIRE author.name IS NOT NULL
      """
    When executing query:
      """
      SHOW CONSTRAINTS YIELD * RETURN name, options
      """
    Then the result should be, in order:
      | name          | options                                         |
      | 'author_name' | null                                            |
      | 'book_isbn'   | {indexConfig: {}, indexProvider: 'range-1.0'}   |
    And no side effects

  # Same page, "Listing constraints with filtering": SHOW KEY CONSTRAINTS, and WHERE on a column
  Scenario: [10] SHOW KEY CONSTRAINTS and WHERE filter by type
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT book_isbn FOR (book:Book) REQUIRE book.isbn IS UNIQUE
      """
    And having executed:
      """
      CREATE CONSTRAINT director_imdbId FOR (director:Director) REQUIRE (director.imdbId) IS NODE KEY
      """
    When executing query:
      """
      SHOW KEY CONSTRAINTS YIELD name, type
      """
    Then the result should be, in order:
      | name              | type       |
      | 'director_imdbId' | 'NODE_KEY' |
    And no side effects

  # Same page, "Filtering constraints using the WHERE clause"
  Scenario: [11] SHOW CONSTRAINTS filtered with WHERE
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT book_isbn FOR (book:Book) REQUIRE book.isbn IS UNIQUE
      """
    And having executed:
      """
      CREATE CONSTRAINT director_imdbId FOR (director:Director) REQUIRE (director.imdbId) IS NODE KEY
      """
    When executing query:
      """
      SHOW CONSTRAINTS YIELD name, type WHERE type = 'UNIQUENESS'
      """
    Then the result should be, in order:
      | name        | type         |
      | 'book_isbn' | 'UNIQUENESS' |
    And no side effects

  # Cypher manual, "Full-text indexes" › "List full-text indexes": YIELD * gives the analyzer and consistency in the
  # options and the full create statement
  Scenario: [12] The options and create statement of a full-text index
    Given an empty graph
    And having executed:
      """
      CREATE FULLTEXT INDEX communications FOR ()-[r:REVIEWED|EMAILED]-() ON EACH [r.message]
      """
    When executing query:
      """
      SHOW FULLTEXT INDEXES YIELD * RETURN indexProvider, options, failureMessage, createStatement
      """
    Then the result should be, in any order:
      | indexProvider  | options                                                                                                              | failureMessage | createStatement                                                                                                                                                                                          |
      | 'fulltext-1.0' | {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}, indexProvider: 'fulltext-1.0'} | ''             | 'CREATE FULLTEXT INDEX `communications` FOR ()-[r:`REVIEWED`\|`EMAILED`]-() ON EACH [r.`message`] OPTIONS {indexConfig: {`fulltext.analyzer`: \'standard-no-stop-words\',`fulltext.eventually_consistent`: false}, indexProvider: \'fulltext-1.0\'}' |
    And no side effects
