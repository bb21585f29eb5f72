#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Operations manual (Neo4j 5), each scenario citing
# the manual page whose rule it checks.

Feature: SchemaVisualization - db.schema.visualization() draws the labels and the types between them

  # Operations manual, "Procedures" › db.schema.visualization
  # (https://neo4j.com/docs/operations-manual/5/procedures/#procedure_db_schema_visualization): "A new node is returned
  # for each label", with the properties name, indexes and constraints
  Scenario: [1] One node per label
    Given an empty graph
    And having executed:
      """
      CREATE (:Person {name: 'Ada'})-[:KNOWS]->(:Person {name: 'Grace'}), (:Place)
      """
    When executing query:
      """
      CALL db.schema.visualization() YIELD nodes
      UNWIND nodes AS node
      RETURN node
      """
    Then the result should be, in any order:
      | node                                                          |
      | (:Person {name: 'Person', indexes: [], constraints: []})      |
      | (:Place {name: 'Place', indexes: [], constraints: []})        |
    And no side effects

  # Operations manual, "Procedures" › db.schema.visualization: a relationship is returned per type between the labels
  # it connects
  Scenario: [2] One relationship per type and pair of labels it connects
    Given an empty graph
    And having executed:
      """
      CREATE (a:Person)-[:KNOWS]->(:Person), (a)-[:KNOWS]->(:Person), (a)-[:LIVES_IN]->(:Place)
      """
    When executing query:
      """
      CALL db.schema.visualization() YIELD relationships
      RETURN size(relationships) AS types
      """
    Then the result should be, in any order:
      | types |
      | 2     |
    And no side effects
