#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing the
# page whose rule and result it checks: "Patterns" › "Shortest paths" (https://neo4j.com/docs/cypher-manual/5/patterns/shortest-paths/)
# and "Patterns" › "Syntax and semantics" › "Shortest paths" (path selectors). The selectors apply to any path pattern,
# quantified path patterns of several relationships included; paths are selected per partition (start and end node)
# and their length counts relationships. Graph: stations joined through junctions, A⇒B⇒C⇒D (6 relationships) and the
# shortcut A⇒C⇒D (4 relationships), B⇒E.

Feature: SelectorsOverQuantifiedPaths - SHORTEST, ALL SHORTEST, SHORTEST k GROUPS and ANY over quantified path patterns

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:Station {name: 'A'}), (b:Station {name: 'B'}), (c:Station {name: 'C'}), (d:Station {name: 'D'}),
             (e:Station {name: 'E'}),
             (a)-[:ROAD]->(:Junction {name: 'j1'})-[:ROAD]->(b),
             (b)-[:ROAD]->(:Junction {name: 'j2'})-[:ROAD]->(c),
             (c)-[:ROAD]->(:Junction {name: 'j3'})-[:ROAD]->(d),
             (b)-[:ROAD]->(:Junction {name: 'j4'})-[:ROAD]->(e),
             (a)-[:ROAD]->(:Junction {name: 'j6'})-[:ROAD]->(c)
      """

  # Cypher manual 5, "Shortest paths" › "SHORTEST k": SHORTEST 1 returns one shortest path per partition
  Scenario: [1] SHORTEST 1 over a quantified path pattern of two relationships
    When executing query:
      """
      MATCH p = SHORTEST 1 (:Station {name: 'A'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))+ (:Station {name: 'D'})
      RETURN [n IN nodes(p) | n.name] AS stops, length(p) AS length
      """
    Then the result should be, in any order:
      | stops                        | length |
      | ['A', 'j6', 'C', 'j3', 'D'] | 4      |
    And no side effects

  # Same page, "SHORTEST k": SHORTEST 2 adds the next shortest path
  Scenario: [2] SHORTEST 2 over a quantified path pattern
    When executing query:
      """
      MATCH p = SHORTEST 2 (:Station {name: 'A'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))+ (:Station {name: 'D'})
      RETURN length(p) AS length
      """
    Then the result should be, in any order:
      | length |
      | 4      |
      | 6      |
    And no side effects

  # Same page, "ALL SHORTEST": every path of the shortest length, and only those
  Scenario: [3] ALL SHORTEST over a quantified path pattern
    When executing query:
      """
      MATCH p = ALL SHORTEST (:Station {name: 'A'}) ((x:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))+ (:Station {name: 'D'})
      RETURN [n IN x | n.name] AS froms, length(p) AS length
      """
    Then the result should be, in any order:
      | froms      | length |
      | ['A', 'C'] | 4      |
    And no side effects

  # Same page, "SHORTEST k GROUPS": the paths of the k shortest lengths
  Scenario: [4] SHORTEST 2 GROUPS over a quantified path pattern
    When executing query:
      """
      MATCH p = SHORTEST 2 GROUPS (:Station {name: 'A'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))+ (:Station {name: 'D'})
      RETURN length(p) AS length
      """
    Then the result should be, in any order:
      | length |
      | 4      |
      | 6      |
    And no side effects

  # Same page, "ANY": ANY returns one path per partition, which tests reachability
  Scenario: [5] ANY over a quantified path pattern
    When executing query:
      """
      MATCH p = ANY (:Station {name: 'A'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))+ (:Station {name: 'D'})
      RETURN count(p) AS paths
      """
    Then the result should be, in any order:
      | paths |
      | 1     |
    And no side effects

  # Same page, "Partitions": the shortest paths are selected per pair of start and end nodes
  Scenario: [6] SHORTEST 1 per partition
    When executing query:
      """
      MATCH p = SHORTEST 1 (:Station {name: 'A'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))+ (t:Station)
      RETURN t.name AS t, length(p) AS length
      """
    Then the result should be, in any order:
      | t   | length |
      | 'B' | 2      |
      | 'C' | 2      |
      | 'D' | 4      |
      | 'E' | 4      |
    And no side effects

  # Cypher manual 5, "Syntax and semantics" › "Shortest paths": a selector applies to the whole path pattern, fixed
  # parts juxtaposed with the quantified one included
  Scenario: [7] SHORTEST 1 over a fixed part followed by a quantified path pattern
    When executing query:
      """
      MATCH p = SHORTEST 1 (:Station {name: 'A'})-[:ROAD]->(j:Junction)-[:ROAD]->(:Station) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))* (:Station {name: 'D'})
      RETURN j.name AS first, length(p) AS length
      """
    Then the result should be, in any order:
      | first | length |
      | 'j6'  | 4      |
    And no side effects

  # Cypher manual 5, "Shortest paths": a pattern with no path between its ends selects nothing
  Scenario: [8] No path, no row
    When executing query:
      """
      MATCH p = SHORTEST 1 (:Station {name: 'D'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))+ (:Station {name: 'A'})
      RETURN p
      """
    Then the result should be empty
    And no side effects
