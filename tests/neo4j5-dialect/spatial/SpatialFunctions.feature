#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: SpatialFunctions - point.distance() and point.withinBBox(), and points stored as properties

  # Cypher manual 5, "Spatial functions" → point.distance() → "point.distance() - Cartesian 2D": Pythagoras.
  Scenario: [1] Distance between two Cartesian points
    Given any graph
    When executing query:
      """
      WITH point({x: 2.3, y: 4.5, crs: 'cartesian'}) AS p1, point({x: 1.1, y: 5.4, crs: 'cartesian'}) AS p2
      RETURN point.distance(p1, p2) AS dist
      """
    Then the result should be, in any order:
      | dist |
      | 1.5  |
    And no side effects

  # Same page → "point.distance() - WGS 84 3D": haversine at the mean height, then Pythagoras with the height
  # difference; the manual gives 1269.9148706779097.
  Scenario: [2] Distance between two WGS-84 3D points
    Given any graph
    When executing query:
      """
      WITH point({longitude: 12.78, latitude: 56.7, height: 100}) AS p1,
           point({latitude: 56.71, longitude: 12.79, height: 100}) AS p2
      RETURN point.distance(p1, p2) AS dist
      """
    Then the result should be, in any order:
      | dist               |
      | 1269.9148706779097 |
    And no side effects

  # Same page → "point.distance() - WGS 84 2D": the TrainStation and Office example graph; travelDistance 27842.0.
  Scenario: [3] Distance between stored coordinates, rounded as in the manual
    Given an empty graph
    And having executed:
      """
      CREATE (copenhagen:TrainStation {latitude: 55.672874, longitude: 12.564590, city: 'Copenhagen'}),
             (malmo:Office {latitude: 55.611784, longitude: 12.994341, city: 'Malmö'}),
             (copenhagen)-[:TRAVEL_ROUTE]->(malmo)
      """
    When executing query:
      """
      MATCH (t:TrainStation)-[:TRAVEL_ROUTE]->(o:Office)
      WITH point({longitude: t.longitude, latitude: t.latitude}) AS trainPoint,
           point({longitude: o.longitude, latitude: o.latitude}) AS officePoint
      RETURN round(point.distance(trainPoint, officePoint)) AS travelDistance
      """
    Then the result should be, in any order:
      | travelDistance |
      | 27842.0        |
    And no side effects

  # Same page → Considerations: "If the points are not in the same CRS, null is returned"; a null point gives null.
  Scenario: [4] Distance across CRSs, or with null, is null
    Given any graph
    When executing query:
      """
      RETURN point.distance(point({x: 0, y: 0}), point({longitude: 0, latitude: 0})) AS crossCrs,
             point.distance(null, point({x: 0, y: 0})) AS withNull
      """
    Then the result should be, in any order:
      | crossCrs | withNull |
      | null     | null     |
    And no side effects

  # Same page → point.withinBBox() → "point.withinBBox() - Cartesian 2D": bounds included.
  Scenario: [5] A Cartesian point inside and outside a box
    Given any graph
    When executing query:
      """
      WITH point({x: -10, y: -10}) AS lowerLeft, point({x: 10, y: 10}) AS upperRight
      RETURN point.withinBBox(point({x: 0, y: 0}), lowerLeft, upperRight) AS inside,
             point.withinBBox(point({x: 10, y: 10}), lowerLeft, upperRight) AS onCorner,
             point.withinBBox(point({x: 11, y: 0}), lowerLeft, upperRight) AS outside
      """
    Then the result should be, in any order:
      | inside | onCorner | outside |
      | true   | true     | false   |
    And no side effects

  # Same page → "point.withinBBox() - WGS 84 2D" and Considerations: a lower-left longitude greater than the
  # upper-right one gives a box that crosses the 180th meridian.
  Scenario: [6] A geographic box across the 180th meridian
    Given any graph
    When executing query:
      """
      WITH point({longitude: 170, latitude: 50}) AS lowerLeft, point({longitude: -170, latitude: 60}) AS upperRight
      RETURN point.withinBBox(point({longitude: 179, latitude: 55}), lowerLeft, upperRight) AS acrossMeridian,
             point.withinBBox(point({longitude: 0, latitude: 55}), lowerLeft, upperRight) AS otherSide
      """
    Then the result should be, in any order:
      | acrossMeridian | otherSide |
      | true           | false     |
    And no side effects

  # Same page → Considerations: points in different CRSs, or a null argument, give null.
  Scenario: [7] withinBBox across CRSs, or with null, is null
    Given any graph
    When executing query:
      """
      RETURN point.withinBBox(point({x: 0, y: 0}), point({longitude: -1, latitude: -1}), point({longitude: 1, latitude: 1})) AS crossCrs,
             point.withinBBox(null, point({x: -1, y: -1}), point({x: 1, y: 1})) AS withNull
      """
    Then the result should be, in any order:
      | crossCrs | withNull |
      | null     | null     |
    And no side effects

  # "Spatial values": "Instances of POINT and LIST<POINT> can be assigned to node and relationship properties."
  Scenario: [8] Points as node and relationship properties
    Given an empty graph
    And having executed:
      """
      CREATE (:Office {city: 'Malmö', location: point({longitude: 12.994341, latitude: 55.611784})})
             -[:ROUTE {waypoints: [point({x: 1, y: 2}), point({x: 3, y: 4})]}]->(:Office {city: 'Lund'})
      """
    When executing query:
      """
      MATCH (o:Office {city: 'Malmö'})-[r:ROUTE]->()
      RETURN o.location.latitude AS latitude, o.location.srid AS srid, valueType(r.waypoints) AS type,
             [w IN r.waypoints | w.y] AS ys
      """
    Then the result should be, in any order:
      | latitude  | srid | type                            | ys         |
      | 55.611784 | 4326 | 'LIST<POINT NOT NULL> NOT NULL' | [2.0, 4.0] |
    And no side effects

  # Same page: a stored point is found by equality, and point.distance() filters by radius.
  Scenario: [9] Matching stored points by equality and by distance
    Given an empty graph
    And having executed:
      """
      CREATE (:Place {name: 'a', at: point({x: 0, y: 0})}), (:Place {name: 'b', at: point({x: 3, y: 4})}),
             (:Place {name: 'c', at: point({x: 30, y: 40})})
      """
    When executing query:
      """
      MATCH (p:Place)
      WHERE p.at = point({x: 3, y: 4}) OR point.distance(p.at, point({x: 0, y: 0})) < 1
      RETURN p.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'a'  |
      | 'b'  |
    And no side effects

  # "Spatial values" → "Spatial instants and indexes": an index on a property holding points answers the same as a
  # scan. (POINT indexes that serve point.distance and point.withinBBox searches are not built in this engine yet.)
  Scenario: [10] Equality on an indexed point property
    Given an empty graph
    And having executed:
      """
      CREATE INDEX place_at FOR (p:Place) ON (p.at)
      """
    And having executed:
      """
      CREATE (:Place {name: 'a', at: point({x: 0, y: 0})}), (:Place {name: 'b', at: point({x: 3, y: 4})}),
             (:Place {name: 'c', at: 3})
      """
    When executing query:
      """
      MATCH (p:Place) WHERE p.at = point({x: 3, y: 4}) RETURN p.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'b'  |
    And no side effects

  # "Constraints" → "Property uniqueness constraints", with "Values and types" → equality: point({x: 0, y: 0}) and
  # point({x: 0.0, y: 0}) are the same value, so the second node breaks the constraint.
  Scenario: [11] A uniqueness constraint compares points by value
    Given an empty graph
    And having executed:
      """
      CREATE CONSTRAINT place_at FOR (p:Place) REQUIRE p.at IS UNIQUE
      """
    When executing query:
      """
      CREATE (:Place {at: point({x: 0, y: 0})}), (:Place {at: point({x: 0.0, y: 0})})
      """
    Then a ConstraintValidationFailed should be raised at runtime: ConstraintValidationFailed
