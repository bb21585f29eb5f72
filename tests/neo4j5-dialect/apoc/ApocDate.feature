#encoding: utf-8

Feature: ApocDate - apoc.date.convertFormat with Java's named ISO formats

  # https://neo4j.com/docs/apoc/current/overview/apoc.date/apoc.date.convertFormat/ converts a string from one format
  # to another; the format names are java.time.format.DateTimeFormatter's predefined ISO formatters. @neo4j/graphql
  # reads a DateTime field as apoc.date.convertFormat(toString(dt), "iso_zoned_date_time", "iso_offset_date_time").
  Scenario: [1] A zoned datetime read as @neo4j/graphql reads it
    Given any graph
    When executing query:
      """
      WITH datetime('2021-06-01T09:00[Europe/Paris]') AS dt
      RETURN apoc.date.convertFormat(toString(dt), 'iso_zoned_date_time', 'iso_offset_date_time') AS offset,
             apoc.date.convertFormat(toString(datetime('2021-06-01T09:00Z')), 'iso_zoned_date_time', 'iso_offset_date_time') AS utc
      """
    Then the result should be, in any order:
      | offset                      | utc                    |
      | '2021-06-01T09:00:00+02:00' | '2021-06-01T09:00:00Z' |
    And no side effects

  # Same page: a date and time printed as a date only (ISO_LOCAL_DATE) and as an instant (ISO_INSTANT, in UTC).
  Scenario: [2] The same text printed as a local date and as an instant
    Given any graph
    When executing query:
      """
      RETURN apoc.date.convertFormat('2021-06-01T01:30:00+02:00', 'iso_offset_date_time', 'iso_local_date') AS date,
             apoc.date.convertFormat('2021-06-01T01:30:00+02:00', 'iso_offset_date_time', 'iso_instant') AS instant
      """
    Then the result should be, in any order:
      | date         | instant                |
      | '2021-06-01' | '2021-05-31T23:30:00Z' |
    And no side effects

  # A target that needs an offset the text does not hold fails, as java.time does
  # (UnsupportedTemporalTypeException: Unsupported field: OffsetSeconds).
  Scenario: [3] A local datetime cannot be printed with an offset
    Given any graph
    When executing query:
      """
      RETURN apoc.date.convertFormat('2021-06-01T09:00:00', 'iso_local_date_time', 'iso_offset_date_time') AS text
      """
    Then a ProcedureError should be raised at runtime: ProcedureCallFailed
