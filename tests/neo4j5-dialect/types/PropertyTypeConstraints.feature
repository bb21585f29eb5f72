#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: PropertyTypeConstraints - REQUIRE n.p IS :: type, enforced on writes

  # Cypher manual 5, "Constraints" → "Create constraints" → "Create property type constraints": a node property
  # type constraint; a node whose property has another type is refused.
  Scenario: [1] A write that breaks a property type constraint fails
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT movie_title FOR (movie:Movie) REQUIRE movie.title IS :: STRING
      """
    When executing query:
      """
      CREATE (:Movie {title: 13})
      """
    Then a ConstraintValidationFailed should be raised at runtime: ConstraintValidationFailed

  # Same page: a property type constraint does not require the property to exist, and allows the required type.
  Scenario: [2] Values of the required type, and missing properties, are allowed
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT movie_title FOR (movie:Movie) REQUIRE movie.title IS :: STRING
      """
    When executing query:
      """
      CREATE (:Movie {title: 'Up'}), (:Movie)
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 2 |
      | +labels     | 1 |
      | +properties | 1 |

  # Same page → "Create property type constraints with a union type" and "… with a LIST type".
  Scenario: [3] Union and list types
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT movie_tagline IF NOT EXISTS FOR (movie:Movie) REQUIRE movie.tagline IS :: STRING | LIST<STRING NOT NULL>
      """
    When executing query:
      """
      CREATE (:Movie {tagline: 'Yes'}), (:Movie {tagline: ['a', 'b']})
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 2 |
      | +labels     | 1 |
      | +properties | 2 |

  # Same page: setting a property to another type on an existing node fails too.
  Scenario: [4] SET of a value of another type fails
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT movie_tagline FOR (movie:Movie) REQUIRE movie.tagline IS :: STRING | LIST<STRING NOT NULL>
      """
    And having executed:
      """
      CREATE (:Movie {tagline: 'Yes'})
      """
    When executing query:
      """
      MATCH (m:Movie) SET m.tagline = [1, 2]
      """
    Then a ConstraintValidationFailed should be raised at runtime: ConstraintValidationFailed

  # Same page → "Creating a constraint when there exists data that violates it fails".
  Scenario: [5] Creating the constraint over violating data fails
    Given an empty graph
    And having executed:
      """
      CREATE (:Movie {title: 13})
      """
    When executing query:
      """
      CREATE CONSTRAINT movie_title FOR (movie:Movie) REQUIRE movie.title IS TYPED STRING
      """
    Then a ConstraintValidationFailed should be raised at runtime: ConstraintValidationFailed

  # Cypher manual 5, "Constraints" → "Show constraints": the type NODE_PROPERTY_TYPE and the propertyType column.
  Scenario: [6] SHOW CONSTRAINTS lists the property type
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT movie_tagline FOR (movie:Movie) REQUIRE movie.tagline IS :: LIST<STRING NOT NULL> | STRING
      """
    When executing query:
      """
      SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, propertyType
      """
    Then the result should be, in any order:
      | name            | type                 | entityType | labelsOrTypes | properties  | propertyType                     |
      | 'movie_tagline' | 'NODE_PROPERTY_TYPE' | 'NODE'     | ['Movie']     | ['tagline'] | 'STRING \| LIST<STRING NOT NULL>' |
    And no side effects
