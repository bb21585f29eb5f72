#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: Points - point() in the four coordinate reference systems, its accessors, text, type and errors

  # Cypher manual 5, "Spatial functions" → point() → "point() - Cartesian 2D": x and y give a Cartesian point;
  # "Spatial values" → "Accessing components of points" lists x, y, crs and srid for it.
  Scenario: [1] A Cartesian 2D point and its components
    Given any graph
    When executing query:
      """
      WITH point({x: 2.3, y: 4.5}) AS p
      RETURN p.x AS x, p.y AS y, p.crs AS crs, p.srid AS srid
      """
    Then the result should be, in any order:
      | x   | y   | crs         | srid |
      | 2.3 | 4.5 | 'cartesian' | 7203 |
    And no side effects

  # Same pages → "point() - Cartesian 3D": x, y and z give srid 9157, crs 'cartesian-3d'.
  Scenario: [2] A Cartesian 3D point and its components
    Given any graph
    When executing query:
      """
      WITH point({x: 2.3, y: 4.5, z: 2}) AS p
      RETURN p.x AS x, p.y AS y, p.z AS z, p.crs AS crs, p.srid AS srid
      """
    Then the result should be, in any order:
      | x   | y   | z   | crs            | srid |
      | 2.3 | 4.5 | 2.0 | 'cartesian-3d' | 9157 |
    And no side effects

  # Same pages → "point() - WGS 84 2D": longitude and latitude give srid 4326; x and y are the same values.
  Scenario: [3] A WGS-84 2D point and its components
    Given any graph
    When executing query:
      """
      WITH point({longitude: 56.7, latitude: 12.78}) AS p
      RETURN p.longitude AS longitude, p.latitude AS latitude, p.x AS x, p.y AS y, p.crs AS crs, p.srid AS srid
      """
    Then the result should be, in any order:
      | longitude | latitude | x    | y     | crs      | srid |
      | 56.7      | 12.78    | 56.7 | 12.78 | 'wgs-84' | 4326 |
    And no side effects

  # Same pages → "point() - WGS 84 3D": a height makes it srid 4979; z is the height.
  Scenario: [4] A WGS-84 3D point and its components
    Given any graph
    When executing query:
      """
      WITH point({longitude: 56.7, latitude: 12.78, height: 8}) AS p
      RETURN p.height AS height, p.z AS z, p.crs AS crs, p.srid AS srid
      """
    Then the result should be, in any order:
      | height | z   | crs         | srid |
      | 8.0    | 8.0 | 'wgs-84-3d' | 4979 |
    And no side effects

  # "Spatial functions" → point() → "point() - WGS 84 2D, using x and y with crs": x/y with crs 'WGS-84', or an
  # srid, give a geographic point; the crs name is case-insensitive.
  Scenario: [5] x and y with a geographic crs or srid
    Given any graph
    When executing query:
      """
      RETURN point({x: 2.3, y: 4.5, crs: 'WGS-84'}).srid AS byName, point({x: 2.3, y: 4.5, srid: 4326}).crs AS bySrid,
             point({x: 1, y: 2, z: 3, crs: 'cartesian-3D'}).srid AS cartesian3d
      """
    Then the result should be, in any order:
      | byName | bySrid   | cartesian3d |
      | 4326   | 'wgs-84' | 9157        |
    And no side effects

  # "Spatial functions" → point() → Considerations: "If any argument provided to point() is null, null will be returned."
  Scenario: [6] A null argument or a null coordinate gives null
    Given any graph
    When executing query:
      """
      RETURN point(null) IS NULL AS nullMap, point({x: null, y: 4.5}) IS NULL AS nullCoordinate
      """
    Then the result should be, in any order:
      | nullMap | nullCoordinate |
      | true    | true           |
    And no side effects

  # "Spatial values" → "Accessing components of points": latitude, longitude and height exist only on geographic
  # points ("Field: latitude is not available on cartesian point").
  Scenario: [7] latitude on a Cartesian point is an error
    Given any graph
    When executing query:
      """
      RETURN point({x: 1, y: 2}).latitude AS latitude
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # Same page: z and height exist only on 3D points.
  Scenario: [8] z on a 2D point is an error
    Given any graph
    When executing query:
      """
      RETURN point({longitude: 1, latitude: 2}).z AS z
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # "Spatial functions" → point(): the map must hold x and y, or longitude and latitude.
  Scenario: [9] A point without a full coordinate pair is an error
    Given any graph
    When executing query:
      """
      RETURN point({x: 1}) AS p
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # "Spatial values" → "Coordinate Reference Systems": a 3D CRS takes three coordinates.
  Scenario: [10] A 3D crs with two coordinates is an error
    Given any graph
    When executing query:
      """
      RETURN point({x: 1, y: 2, crs: 'wgs-84-3d'}) AS p
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # "Spatial values" → "Coordinate Reference Systems": longitude and latitude are geographic, never Cartesian.
  Scenario: [11] Geographic keys with a Cartesian crs are an error
    Given any graph
    When executing query:
      """
      RETURN point({longitude: 1, latitude: 2, crs: 'cartesian'}) AS p
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # "Spatial values" → "Coordinate Reference Systems" → Geographic: latitude lies in [-90, 90].
  Scenario: [12] A latitude beyond the pole is an error
    Given any graph
    When executing query:
      """
      RETURN point({longitude: 12, latitude: 91}) AS p
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # "Spatial values" → "Coordinate Reference Systems": an unknown crs name is refused.
  Scenario: [13] An unknown crs is an error
    Given any graph
    When executing query:
      """
      RETURN point({x: 1, y: 2, crs: 'mercator'}) AS p
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue

  # "Functions" → "String functions" → toString(): a POINT prints as point({x: …, y: …, crs: '…'}).
  Scenario: [14] toString of points in each crs
    Given any graph
    When executing query:
      """
      RETURN toString(point({x: 2.3, y: 4.5})) AS c2, toString(point({x: 1, y: 2, z: 3})) AS c3,
             toString(point({longitude: 12.78, latitude: 56.7})) AS g2,
             toString(point({longitude: 12.78, latitude: 56.7, height: 100})) AS g3
      """
    Then the result should be, in any order:
      | c2                                            | c3                                                          | g2                                             | g3                                                           |
      | 'point({x: 2.3, y: 4.5, crs: \'cartesian\'})' | 'point({x: 1.0, y: 2.0, z: 3.0, crs: \'cartesian-3d\'})' | 'point({x: 12.78, y: 56.7, crs: \'wgs-84\'})' | 'point({x: 12.78, y: 56.7, z: 100.0, crs: \'wgs-84-3d\'})' |
    And no side effects

  # "Functions" → "Predicate functions"/"Scalar functions" → valueType(): a point is POINT NOT NULL.
  Scenario: [15] valueType of a point
    Given any graph
    When executing query:
      """
      RETURN valueType(point({x: 1, y: 2})) AS t, valueType([point({x: 1, y: 2})]) AS l,
             point({x: 1, y: 2}) IS :: POINT AS typed
      """
    Then the result should be, in any order:
      | t                | l                           | typed |
      | 'POINT NOT NULL' | 'LIST<POINT NOT NULL> NOT NULL' | true  |
    And no side effects

  # "Values and types" → "Equality, ordering, and comparison of value types": points are equal when their CRS and
  # coordinates are; points of different CRSs are not equal; "Spatial values" → "Comparability and orderability":
  # points cannot be compared with <, <=, > or >= (the result is null).
  Scenario: [16] Point equality and inequality comparison
    Given any graph
    When executing query:
      """
      RETURN point({x: 1, y: 2}) = point({x: 1.0, y: 2.0}) AS same,
             point({x: 1, y: 2}) = point({x: 1, y: 2, crs: 'wgs-84'}) AS otherCrs,
             point({x: 1, y: 2}) <> point({x: 1, y: 3}) AS differs,
             point({x: 1, y: 2}) < point({x: 2, y: 3}) AS less
      """
    Then the result should be, in any order:
      | same | otherCrs | differs | less |
      | true | false    | true    | null |
    And no side effects

  # "Values and types" → "Ordering and comparison of values": in ORDER BY, points sort after paths and before
  # temporal values; among themselves by CRS, then coordinates.
  Scenario: [17] ORDER BY over points and other types
    Given any graph
    When executing query:
      """
      UNWIND [date('2020-01-01'), point({x: 2, y: 0}), point({longitude: 1, latitude: 0}), point({x: 1, y: 5}), [1]] AS v
      WITH v ORDER BY v
      RETURN CASE WHEN v IS :: POINT THEN toString(v) ELSE valueType(v) END AS v
      """
    Then the result should be, in order:
      | v                                             |
      | 'LIST<INTEGER NOT NULL> NOT NULL'             |
      | 'point({x: 1.0, y: 0.0, crs: \'wgs-84\'})'    |
      | 'point({x: 1.0, y: 5.0, crs: \'cartesian\'})' |
      | 'point({x: 2.0, y: 0.0, crs: \'cartesian\'})' |
      | 'DATE NOT NULL'                               |
    And no side effects
