#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5.26), each scenario citing
# the manual page whose rule and result it checks. The graph is the MATCH page's example graph (people with the
# Person label and Actor or Director, two movies, ACTED_IN and DIRECTED).

Feature: DynamicLabelsInPatterns - :$(expr), :$any(expr) and :$all(expr) in MATCH, CREATE and MERGE

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (charlie:Person:Actor {name: 'Charlie Sheen'}),
             (martin:Person:Actor {name: 'Martin Sheen'}),
             (michael:Person:Actor {name: 'Michael Douglas'}),
             (oliver:Person:Director {name: 'Oliver Stone'}),
             (rob:Person:Director {name: 'Rob Reiner'}),
             (wallStreet:Movie {title: 'Wall Street'}),
             (thePresident:Movie {title: 'The American President'}),
             (charlie)-[:ACTED_IN {role: 'Bud Fox'}]->(wallStreet),
             (martin)-[:ACTED_IN {role: 'Carl Fox'}]->(wallStreet),
             (michael)-[:ACTED_IN {role: 'Gordon Gekko'}]->(wallStreet),
             (martin)-[:ACTED_IN {role: 'A.J. MacInerney'}]->(thePresident),
             (michael)-[:ACTED_IN {role: 'President Andrew Shepherd'}]->(thePresident),
             (oliver)-[:DIRECTED]->(wallStreet),
             (rob)-[:DIRECTED]->(thePresident)
      """

  # Cypher manual 5, "MATCH" › "Match nodes and relationships using dynamic node labels and relationship types":
  # MATCH (n:$($label)) with a parameter
  Scenario: [1] MATCH nodes by a label from a parameter
    Given parameters are:
      | label | 'Movie' |
    When executing query:
      """
      MATCH (movie:$($label))
      RETURN movie.title AS movieTitle
      """
    Then the result should be, in any order:
      | movieTitle                |
      | 'Wall Street'             |
      | 'The American President'  |
    And no side effects

  # Same section: $(list) requires every label of the list, as :A&B
  Scenario: [2] MATCH nodes having all labels of a list
    When executing query:
      """
      WITH ['Person', 'Director'] AS labels
      MATCH (directors:$(labels))
      RETURN directors.name AS name
      """
    Then the result should be, in any order:
      | name           |
      | 'Oliver Stone' |
      | 'Rob Reiner'   |
    And no side effects

  # Same section: $any(list) matches a node having any of the labels, as :A|B
  Scenario: [3] MATCH nodes having any label of a list
    When executing query:
      """
      WITH ['Movie', 'Director'] AS labels
      MATCH (n:$any(labels))
      RETURN coalesce(n.name, n.title) AS name
      """
    Then the result should be, in any order:
      | name                     |
      | 'Oliver Stone'           |
      | 'Rob Reiner'             |
      | 'Wall Street'            |
      | 'The American President' |
    And no side effects

  # Same section: $all(list) is $(list); a dynamic label chained with a static one is a conjunction
  Scenario: [4] $all and a static label together
    When executing query:
      """
      MATCH (n:Person:$all(['Actor']) {name: 'Martin Sheen'})
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name           |
      | 'Martin Sheen' |
    And no side effects

  # Same section: relationship types from db.relationshipTypes(), one per row
  Scenario: [5] MATCH relationships by a type computed per row
    When executing query:
      """
      CALL db.relationshipTypes() YIELD relationshipType
      MATCH ()-[r:$(relationshipType)]->()
      RETURN relationshipType, count(r) AS relationshipCount
      """
    Then the result should be, in any order:
      | relationshipType | relationshipCount |
      | 'ACTED_IN'       | 5                 |
      | 'DIRECTED'       | 2                 |
    And no side effects

  # Same section: $any on a relationship matches one of the types; the far node's label may be dynamic too
  Scenario: [6] Dynamic relationship types and node labels along a path
    Given parameters are:
      | types | ['DIRECTED', 'PRODUCED'] |
      | label | 'Movie'                  |
    When executing query:
      """
      MATCH (p:Person)-[:$any($types)]->(m:$($label))
      RETURN p.name AS name, m.title AS title
      """
    Then the result should be, in any order:
      | name           | title                    |
      | 'Oliver Stone' | 'Wall Street'            |
      | 'Rob Reiner'   | 'The American President' |
    And no side effects

  # Same section: a relationship has one type, so $all of two different types matches nothing
  Scenario: [7] $all of two relationship types matches no relationship
    When executing query:
      """
      MATCH ()-[r:$all(['ACTED_IN', 'DIRECTED'])]->()
      RETURN count(r) AS c
      """
    Then the result should be, in any order:
      | c |
      | 0 |
    And no side effects

  # Cypher manual 5, "CREATE" › "Dynamically CREATE nodes and relationships" (the manual's statement; the labels
  # Person, Director and Movie are in the graph already, so no label is new to it: the TCK's +labels is 0)
  Scenario: [8] CREATE nodes and relationships with dynamic labels and types
    Given parameters are:
      | nodeLabels | ['Person', 'Director']                  |
      | relType    | 'DIRECTED'                              |
      | movies     | ['Lady Bird', 'Little Women', 'Barbie'] |
    When executing query:
      """
      CREATE (greta:$($nodeLabels) {name: 'Greta Gerwig'})
      WITH greta
      UNWIND $movies AS movieTitle
      CREATE (greta)-[rel:$($relType)]->(m:Movie {title: movieTitle})
      RETURN greta.name AS name, labels(greta) AS labels, type(rel) AS relType, collect(m.title) AS movies
      """
    Then the result should be, in any order:
      | name           | labels                 | relType    | movies                                  |
      | 'Greta Gerwig' | ['Person', 'Director'] | 'DIRECTED' | ['Lady Bird', 'Little Women', 'Barbie'] |
    And the side effects should be:
      | +nodes         | 4 |
      | +relationships | 3 |
      | +properties    | 4 |

  # Cypher manual 5, "MERGE" › "Dynamically MERGE nodes and relationships": the same statement with MERGE, run twice
  Scenario: [9] MERGE with dynamic labels and types creates once, then matches
    Given having executed:
      """
      MERGE (greta:$(['Person', 'Director']) {name: 'Greta Gerwig'})
      WITH greta
      UNWIND ['Lady Bird', 'Barbie'] AS movieTitle
      MERGE (greta)-[rel:$('DIRECTED')]->(m:Movie {title: movieTitle})
      """
    And parameters are:
      | nodeLabels | ['Person', 'Director']  |
      | relType    | 'DIRECTED'              |
      | movies     | ['Lady Bird', 'Barbie'] |
    When executing query:
      """
      MERGE (greta:$($nodeLabels) {name: 'Greta Gerwig'})
      WITH greta
      UNWIND $movies AS movieTitle
      MERGE (greta)-[rel:$($relType)]->(m:Movie {title: movieTitle})
      RETURN greta.name AS name, labels(greta) AS labels, type(rel) AS relType, collect(m.title) AS movies
      """
    Then the result should be, in any order:
      | name           | labels                 | relType    | movies                  |
      | 'Greta Gerwig' | ['Person', 'Director'] | 'DIRECTED' | ['Lady Bird', 'Barbie'] |
    And no side effects

  # Cypher manual 5, "CREATE" › "Dynamically CREATE nodes and relationships": a relationship has exactly one type
  Scenario: [10] CREATE with a dynamic type naming two types fails
    When executing query:
      """
      MATCH (a:Movie {title: 'Wall Street'}), (b:Movie {title: 'The American President'})
      CREATE (a)-[:$(['SEQUEL', 'REMAKE'])]->(b)
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # Cypher manual 5, "MATCH" › dynamic labels: the expression must be a STRING or a LIST<STRING>
  Scenario: [11] A dynamic label that is not a STRING is a type error
    When executing query:
      """
      MATCH (n:$(42))
      RETURN n
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType
