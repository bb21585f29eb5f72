#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Operations manual (Neo4j 5), "Procedures", each
# scenario citing the procedure whose signature and rule it checks.

Feature: SchemaProcedures - db.ping, db.awaitIndexes and the derived property schema

  # Operations manual 5, "Procedures" › db.ping(): "always returns true"
  Scenario: [1] db.ping answers true
    Given an empty graph
    When executing query:
      """
      CALL db.ping()
      """
    Then the result should be, in any order:
      | success |
      | true    |
    And no side effects

  # Operations manual 5, "Procedures" › db.awaitIndexes([timeOutSeconds]): waits for all indexes to come online
  Scenario: [2] db.awaitIndexes returns once the indexes are online
    Given an empty graph
    And having executed:
      """
      CREATE INDEX person_name FOR (p:Person) ON (p.name)
      """
    When executing query:
      """
      CALL db.awaitIndexes(300)
      """
    Then the result should be empty
    And no side effects

  # Operations manual 5, "Procedures" › db.schema.nodeTypeProperties(): per node category (its labels) and property,
  # the property's types and whether every node of the category has it
  Scenario: [3] db.schema.nodeTypeProperties
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Keanu Reeves', born: 1964}),
             (:Person {name: 'Tom Hanks'}),
             (:Actor:Person {name: 'Carrie-Anne Moss', born: 1967.5, aliases: ['Trinity']}),
             (:Movie)
      """
    When executing query:
      """
      CALL db.schema.nodeTypeProperties()
      """
    Then the result should be, in any order:
      | nodeType             | nodeLabels          | propertyName | propertyTypes   | mandatory |
      | ':`Actor`:`Person`'  | ['Actor', 'Person'] | 'aliases'    | ['StringArray'] | true      |
      | ':`Actor`:`Person`'  | ['Actor', 'Person'] | 'born'       | ['Double']      | true      |
      | ':`Actor`:`Person`'  | ['Actor', 'Person'] | 'name'       | ['String']      | true      |
      | ':`Movie`'           | ['Movie']           | null         | null            | false     |
      | ':`Person`'          | ['Person']          | 'born'       | ['Long']        | false     |
      | ':`Person`'          | ['Person']          | 'name'       | ['String']      | true      |
    And no side effects

  # Operations manual 5, "Procedures" › db.schema.relTypeProperties(): per relationship type and property
  Scenario: [4] db.schema.relTypeProperties
    Given an empty graph
    And having executed:
      """
      CREATE (a:Person)-[:ACTED_IN {roles: ['Neo'], year: 1999}]->(m:Movie),
             (a)-[:ACTED_IN {roles: ['Neo'], year: '2003'}]->(m),
             (a)-[:KNOWS]->(a)
      """
    When executing query:
      """
      CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes, mandatory
      RETURN relType, propertyName, propertyTypes, mandatory
      """
    Then the result should be, in any order:
      | relType      | propertyName | propertyTypes      | mandatory |
      | ':`ACTED_IN`' | 'roles'      | ['StringArray']    | true      |
      | ':`ACTED_IN`' | 'year'       | ['Long', 'String'] | true      |
      | ':`KNOWS`'    | null         | null               | false     |
    And no side effects

  # Operations manual 5, "Procedures": the signatures SHOW PROCEDURES lists
  Scenario: [5] The schema procedures' signatures
    Given an empty graph
    When executing query:
      """
      SHOW PROCEDURES YIELD name, signature WHERE name IN ['db.ping', 'db.schema.relTypeProperties']
      """
    Then the result should be, in any order:
      | name                          | signature                                                                                                                  |
      | 'db.ping'                     | 'db.ping() :: (success :: BOOLEAN)'                                                                                        |
      | 'db.schema.relTypeProperties' | 'db.schema.relTypeProperties() :: (relType :: STRING, propertyName :: STRING, propertyTypes :: LIST<STRING>, mandatory :: BOOLEAN)' |
    And no side effects
