#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5.21 and later), each scenario
# citing the manual page whose rule and result it checks. The graph is the one of the manual's "Shortest paths" page.

Feature: ShortestK - SHORTEST k, SHORTEST k GROUPS and ANY k, per partition of start and end nodes

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (asc:Station {name:"Ashchurch"}),
        (bmv:Station {name:"Bromsgrove"}),
        (cnm:Station {name:"Cheltenham Spa"}),
        (dtw:Station {name:"Droitwich Spa"}),
        (hby:Station {name:"Hartlebury"}),
        (psh:Station {name:"Pershore"}),
        (wop:Station {name:"Worcestershire Parkway"}),
        (wof:Station {name:"Worcester Foregate Street"}),
        (wos:Station {name:"Worcester Shrub Hill"})
      CREATE (asc)-[:LINK {distance: 7.25}]->(cnm),
        (asc)-[:LINK {distance: 11.29}]->(wop),
        (asc)-[:LINK {distance: 14.75}]->(wos),
        (bmv)-[:LINK {distance: 31.14}]->(cnm),
        (bmv)-[:LINK {distance: 6.16}]->(dtw),
        (bmv)-[:LINK {distance: 12.6}]->(wop),
        (dtw)-[:LINK {distance: 5.64}]->(hby),
        (dtw)-[:LINK {distance: 6.03}]->(wof),
        (dtw)-[:LINK {distance: 5.76}]->(wos),
        (psh)-[:LINK {distance: 4.16}]->(wop),
        (wop)-[:LINK {distance: 3.71}]->(wos),
        (wof)-[:LINK {distance: 0.65}]->(wos)
      """

  # Cypher manual 5, "Patterns" › "Shortest paths" › "SHORTEST k": SHORTEST 2 returns both paths tied for shortest
  Scenario: [1] SHORTEST 2
    When executing query:
      """
      MATCH p = SHORTEST 2 (wos:Station)-[:LINK]-+(bmv:Station)
      WHERE wos.name = "Worcester Shrub Hill" AND bmv.name = "Bromsgrove"
      RETURN [n in nodes(p) | n.name] AS stops
      """
    Then the result should be, in any order:
      | stops                                                           |
      | ['Worcester Shrub Hill', 'Droitwich Spa', 'Bromsgrove']          |
      | ['Worcester Shrub Hill', 'Worcestershire Parkway', 'Bromsgrove'] |
    And no side effects

  # Same section: SHORTEST 5 adds the three paths tied for second shortest
  Scenario: [2] SHORTEST 5
    When executing query:
      """
      MATCH p = SHORTEST 5 (wos:Station)-[:LINK]-+(bmv:Station)
      WHERE wos.name = "Worcester Shrub Hill" AND bmv.name = "Bromsgrove"
      RETURN [n in nodes(p) | n.name] AS stops
      """
    Then the result should be, in any order:
      | stops                                                                                |
      | ['Worcester Shrub Hill', 'Droitwich Spa', 'Bromsgrove']                               |
      | ['Worcester Shrub Hill', 'Worcestershire Parkway', 'Bromsgrove']                      |
      | ['Worcester Shrub Hill', 'Worcester Foregate Street', 'Droitwich Spa', 'Bromsgrove']  |
      | ['Worcester Shrub Hill', 'Ashchurch', 'Worcestershire Parkway', 'Bromsgrove']         |
      | ['Worcester Shrub Hill', 'Ashchurch', 'Cheltenham Spa', 'Bromsgrove']                 |
    And no side effects

  # Same page, "SHORTEST k GROUPS": every path of the first and second shortest lengths
  Scenario: [3] SHORTEST 2 GROUPS
    When executing query:
      """
      MATCH p = SHORTEST 2 GROUPS (wos:Station)-[:LINK]-+(bmv:Station)
      WHERE wos.name = "Worcester Shrub Hill" AND bmv.name = "Bromsgrove"
      RETURN [n in nodes(p) | n.name] AS stops, length(p) AS pathLength
      """
    Then the result should be, in any order:
      | stops                                                                                | pathLength |
      | ['Worcester Shrub Hill', 'Droitwich Spa', 'Bromsgrove']                               | 2          |
      | ['Worcester Shrub Hill', 'Worcestershire Parkway', 'Bromsgrove']                      | 2          |
      | ['Worcester Shrub Hill', 'Worcester Foregate Street', 'Droitwich Spa', 'Bromsgrove']  | 3          |
      | ['Worcester Shrub Hill', 'Ashchurch', 'Worcestershire Parkway', 'Bromsgrove']         | 3          |
      | ['Worcester Shrub Hill', 'Ashchurch', 'Cheltenham Spa', 'Bromsgrove']                 | 3          |
    And no side effects

  # Same section: more groups asked for than exist gives those that exist (seven)
  Scenario: [4] SHORTEST 8 GROUPS when seven exist
    When executing query:
      """
      MATCH p = SHORTEST 8 GROUPS (wos:Station)-[:LINK]-+(bmv:Station)
      WHERE wos.name = "Worcester Shrub Hill" AND bmv.name = "Bromsgrove"
      RETURN length(p) AS pathLength, count(*) AS numPaths
      """
    Then the result should be, in any order:
      | pathLength | numPaths |
      | 2          | 2        |
      | 3          | 3        |
      | 4          | 1        |
      | 5          | 4        |
      | 6          | 8        |
      | 7          | 10       |
      | 8          | 6        |
    And no side effects

  # Same page, "Partitions": the shortest paths are selected per distinct pair of start and end nodes
  Scenario: [5] SHORTEST 2 GROUPS per partition
    When executing query:
      """
      UNWIND ["Droitwich Spa", "Hartlebury"] AS a
      UNWIND ["Ashchurch", "Cheltenham Spa"] AS b
      MATCH SHORTEST 2 GROUPS (o:Station {name: a})-[l]-+(d:Station {name: b})
      RETURN o.name AS start, d.name AS end,
          size(l) AS pathLength, count(*) AS numPaths
      ORDER BY start, end, pathLength
      """
    Then the result should be, in order:
      | start           | end              | pathLength | numPaths |
      | 'Droitwich Spa' | 'Ashchurch'      | 2          | 1        |
      | 'Droitwich Spa' | 'Ashchurch'      | 3          | 4        |
      | 'Droitwich Spa' | 'Cheltenham Spa' | 2          | 1        |
      | 'Droitwich Spa' | 'Cheltenham Spa' | 3          | 1        |
      | 'Hartlebury'    | 'Ashchurch'      | 3          | 1        |
      | 'Hartlebury'    | 'Ashchurch'      | 4          | 4        |
      | 'Hartlebury'    | 'Cheltenham Spa' | 3          | 1        |
      | 'Hartlebury'    | 'Cheltenham Spa' | 4          | 1        |
    And no side effects

  # Cypher manual 5, "Patterns" › "Syntax and semantics" › "Path selectors": ANY k selects k paths per partition
  # (which ones is not defined; where fewer exist, all of them)
  Scenario: [6] ANY 2 gives two paths per partition
    When executing query:
      """
      MATCH p = ANY 2 (wos:Station {name: "Worcester Shrub Hill"})-[:LINK]-+(bmv:Station {name: "Bromsgrove"})
      RETURN count(p) AS paths
      """
    Then the result should be, in any order:
      | paths |
      | 2     |
    And no side effects
