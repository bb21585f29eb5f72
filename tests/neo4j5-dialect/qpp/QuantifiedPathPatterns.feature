#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing the
# page whose rule and result it checks: "Patterns" › "Variable-length patterns" (quantified path patterns, group
# variables, predicates in quantified path patterns; https://neo4j.com/docs/cypher-manual/5/patterns/variable-length-patterns/)
# and "Patterns" › "Syntax and semantics" › "Variable length paths" / "Path patterns" (the rules). The graph is a small
# road network in the manual's style: stations joined through junctions, so that one hop between stations is a path of
# two relationships, (:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station): A⇒B (j1), B⇒C (j2), C⇒D (j3), B⇒E (j4), A⇒C (j6).

Feature: QuantifiedPathPatterns - quantified path patterns of several relationships and their group variables

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:Station {name: 'A', z: 1}), (b:Station {name: 'B', z: 2}), (c:Station {name: 'C', z: 3}),
             (d:Station {name: 'D', z: 4}), (e:Station {name: 'E', z: 1}),
             (a)-[:ROAD {km: 1}]->(:Junction {name: 'j1'})-[:ROAD {km: 1}]->(b),
             (b)-[:ROAD {km: 2}]->(:Junction {name: 'j2'})-[:ROAD {km: 2}]->(c),
             (c)-[:ROAD {km: 3}]->(:Junction {name: 'j3'})-[:ROAD {km: 3}]->(d),
             (b)-[:ROAD {km: 4}]->(:Junction {name: 'j4'})-[:ROAD {km: 4}]->(e),
             (a)-[:ROAD {km: 9}]->(:Junction {name: 'j6'})-[:ROAD {km: 9}]->(c)
      """

  # Cypher manual 5, "Variable-length patterns" › "Quantified path patterns": the repeated path may be any fixed path;
  # {1,3} matches it one to three times in a row
  Scenario: [1] A quantified path pattern of two relationships, one to three times
    When executing query:
      """
      MATCH (s:Station {name: 'A'}) ((a:Station)-[:ROAD]->(m:Junction)-[:ROAD]->(b:Station)){1,3} (t)
      RETURN t.name AS t, size(m) AS iterations
      """
    Then the result should be, in any order:
      | t   | iterations |
      | 'B' | 1          |
      | 'C' | 1          |
      | 'C' | 2          |
      | 'E' | 2          |
      | 'D' | 2          |
      | 'D' | 3          |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Group variables": a variable inside is bound, after the pattern, to
  # the list of its elements in every iteration, in path order
  Scenario: [2] Group variables hold each iteration's nodes in path order
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((a:Station)-[:ROAD]->(m:Junction)-[:ROAD]->(b:Station)){2} (t)
      RETURN [x IN a | x.name] AS a, [x IN m | x.name] AS via, [x IN b | x.name] AS b
      """
    Then the result should be, in any order:
      | a          | via          | b          |
      | ['A', 'B'] | ['j1', 'j2'] | ['B', 'C'] |
      | ['A', 'B'] | ['j1', 'j4'] | ['B', 'E'] |
      | ['A', 'C'] | ['j6', 'j3'] | ['C', 'D'] |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Group variables": relationship group variables are lists too, and
  # list functions apply to them (the manual sums distances with reduce)
  Scenario: [3] A relationship group variable summed with reduce
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((:Station)-[r1:ROAD]->(:Junction)-[r2:ROAD]->(:Station)){1,} (t:Station {name: 'D'})
      RETURN reduce(km = 0, x IN r1 + r2 | km + x.km) AS km, size(r1) AS legs
      """
    Then the result should be, in any order:
      | km | legs |
      | 12 | 3    |
      | 24 | 2    |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Group variables": after the pattern a group variable is a list,
  # which the MATCH's WHERE may test
  Scenario: [4] A WHERE after the pattern reads a group variable
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((:Station)-[:ROAD]->(m:Junction)-[:ROAD]->(:Station)){1,3} (t)
      WHERE 'j6' IN [x IN m | x.name]
      RETURN t.name AS t
      """
    Then the result should be, in any order:
      | t   |
      | 'C' |
      | 'D' |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Predicates in quantified path patterns": a WHERE inside the
  # quantified path pattern reads one iteration's variables and holds for every iteration
  Scenario: [5] A WHERE inside the pattern compares the iteration's own nodes
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((x:Station)-[:ROAD]->(:Junction)-[:ROAD]->(y:Station) WHERE y.z > x.z)+ (t)
      RETURN t.name AS t, count(*) AS paths
      ORDER BY t
      """
    Then the result should be, in order:
      | t   | paths |
      | 'B' | 1     |
      | 'C' | 2     |
      | 'D' | 2     |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Predicates in quantified path patterns": inside the pattern, a
  # variable of an earlier clause may be read
  Scenario: [6] A WHERE inside the pattern reads a variable bound by an earlier clause
    When executing query:
      """
      MATCH (cap:Station {name: 'C'})
      MATCH (:Station {name: 'A'}) ((x:Station)-[:ROAD]->(:Junction)-[:ROAD]->(y:Station) WHERE y.z <= cap.z)+ (t)
      RETURN t.name AS t, count(*) AS paths
      ORDER BY t
      """
    Then the result should be, in order:
      | t   | paths |
      | 'B' | 1     |
      | 'C' | 2     |
      | 'E' | 1     |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Quantified path patterns": simple and quantified path patterns may
  # be juxtaposed; a node pattern next to the quantified one is the same node as its first or last node
  Scenario: [7] Fixed and quantified parts joined: the node before the quantified pattern is its first node
    When executing query:
      """
      MATCH (:Station {name: 'A'})-[:ROAD]->(:Junction)-[:ROAD]->(b) ((c:Station)-[:ROAD]->(:Junction)-[:ROAD]->(d:Station)){2} (e)
      RETURN b.name AS b, [x IN c | x.name] AS c, e.name AS e
      """
    Then the result should be, in any order:
      | b   | c          | e   |
      | 'B' | ['B', 'C'] | 'D' |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Quantified path patterns": a path variable covers the whole path
  Scenario: [8] A path variable over a quantified path pattern, its length and nodes
    When executing query:
      """
      MATCH p = (:Station {name: 'A'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station)){3} (t)
      RETURN length(p) AS length, [n IN nodes(p) | n.name] AS names
      """
    Then the result should be, in any order:
      | length | names                                   |
      | 6      | ['A', 'j1', 'B', 'j2', 'C', 'j3', 'D'] |
    And no side effects

  # Cypher manual 5, "Syntax and semantics" › "Variable length paths" › quantifiers: {,m} is 0 to m; with zero
  # iterations the nodes on both sides are one node
  Scenario: [9] The {,1} quantifier includes zero iterations
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station)){,1} (t)
      RETURN t.name AS t
      """
    Then the result should be, in any order:
      | t   |
      | 'A' |
      | 'B' |
      | 'C' |
    And no side effects

  # Same section: {n,} is n or more
  Scenario: [10] The {2,} quantifier
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station)){2,} (t)
      RETURN t.name AS t
      """
    Then the result should be, in any order:
      | t   |
      | 'C' |
      | 'D' |
      | 'E' |
      | 'D' |
    And no side effects

  # Same section: * is {0,}
  Scenario: [11] The * quantifier
    When executing query:
      """
      MATCH (:Station {name: 'B'}) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))* (t)
      RETURN t.name AS t
      """
    Then the result should be, in any order:
      | t   |
      | 'B' |
      | 'C' |
      | 'D' |
      | 'E' |
    And no side effects

  # Cypher manual 5, "Variable-length patterns": the pattern is matched whichever end the search starts from; the
  # group variables keep path order
  Scenario: [12] A quantified path pattern matched from its last node
    When executing query:
      """
      MATCH ((a:Station)-[:ROAD]->(:Junction)-[:ROAD]->(b:Station)){2} (t:Station {name: 'D'})
      RETURN [x IN a | x.name] AS a, [x IN b | x.name] AS b
      """
    Then the result should be, in any order:
      | a          | b          |
      | ['B', 'C'] | ['C', 'D'] |
      | ['A', 'C'] | ['C', 'D'] |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Predicates in quantified path patterns": property maps and label
  # expressions inside the pattern hold for each iteration
  Scenario: [13] A property map and a label expression inside the pattern
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((:Station)-[:ROAD {km: 1}]->(:Junction|Depot)-[:ROAD]->(:!Junction)){1,2} (t)
      RETURN t.name AS t
      """
    Then the result should be, in any order:
      | t   |
      | 'B' |
    And no side effects

  # Cypher manual 5, "Variable-length patterns" › "Group variables": group variables work in list functions
  Scenario: [14] Group variables in a list comprehension over their positions
    When executing query:
      """
      MATCH (:Station {name: 'A'}) ((x:Station)-[:ROAD]->(:Junction)-[:ROAD]->(y:Station)){3} (:Station)
      RETURN [i IN range(0, size(x) - 1) | x[i].name + '-' + y[i].name] AS legs
      """
    Then the result should be, in any order:
      | legs                    |
      | ['A-B', 'B-C', 'C-D'] |
    And no side effects

  # Cypher manual 5, "Subqueries" › "COUNT subqueries" and "EXISTS subqueries": any pattern a MATCH takes, quantified
  # path patterns included
  Scenario: [15] Quantified path patterns in COUNT and EXISTS subqueries
    When executing query:
      """
      MATCH (s:Station)
      RETURN s.name AS s,
             COUNT { (s) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station)){2} (:Station) } AS twoLegs,
             EXISTS { (s) ((:Station)-[:ROAD]->(:Junction)-[:ROAD]->(:Station))+ (:Station {name: 'D'}) } AS reachesD
      ORDER BY s
      """
    Then the result should be, in order:
      | s   | twoLegs | reachesD |
      | 'A' | 3       | true     |
      | 'B' | 1       | true     |
      | 'C' | 0       | true     |
      | 'D' | 0       | false    |
      | 'E' | 0       | false    |
    And no side effects
