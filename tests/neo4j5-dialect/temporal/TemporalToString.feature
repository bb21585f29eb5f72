#encoding: utf-8

Feature: TemporalToString - toString() of temporal values as Neo4j 5 writes them

  # Neo4j always writes the seconds of a time (09:00:00, where java.time's own toString writes 09:00), trims trailing
  # zeros of the fraction, and writes a named zone after its offset: the Cypher manual's "Temporal values" page
  # (https://neo4j.com/docs/cypher-manual/5/values-and-types/temporal/) shows every instant in this form, and the
  # openCypher TCK's Temporal6 "[7] Should serialize timezones correctly" writes a zone this way.
  Scenario: [1] Seconds are written even when zero
    Given any graph
    When executing query:
      """
      RETURN toString(datetime('2021-06-01T09:00Z')) AS utc,
             toString(datetime('2021-06-01T09:00[Europe/Paris]')) AS zoned,
             toString(localdatetime('2021-06-01T09:00')) AS local,
             toString(time('09:00+01:00')) AS time,
             toString(localtime('09:00:00.120')) AS localTime
      """
    Then the result should be, in any order:
      | utc                    | zoned                                     | local                 | time             | localTime     |
      | '2021-06-01T09:00:00Z' | '2021-06-01T09:00:00+02:00[Europe/Paris]' | '2021-06-01T09:00:00' | '09:00:00+01:00' | '09:00:00.12' |
    And no side effects
