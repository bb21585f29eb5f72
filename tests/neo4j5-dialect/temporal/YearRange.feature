#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: YearRange - dates over Neo4j's years -999,999,999 to +999,999,999

  # Cypher manual 5, "Values and types" → "Temporal values" → "Specifying dates"
  # (https://neo4j.com/docs/cypher-manual/5/values-and-types/temporal/): a year before 0000 takes a minus sign and one
  # after 9999 a plus sign; the calendar is ISO 8601's proleptic Gregorian one, so year 0000 exists (and is a leap year).
  Scenario: [1] Years outside 0000-9999 are written with a sign
    Given any graph
    When executing query:
      """
      RETURN date('+11000-01-01') AS future, date('-3000-01-01') AS past, date('0000-02-29') AS zero,
             localdatetime('+10000-01-01T12:00') AS local
      """
    Then the result should be, in any order:
      | future         | past          | zero         | local                 |
      | '+11000-01-01' | '-3000-01-01' | '0000-02-29' | '+10000-01-01T12:00'  |
    And no side effects

  # Same page, "Creating a DATE from components": the components map takes any year of the range.
  Scenario: [2] Dates built from components beyond year 9999 and before year 1
    Given any graph
    When executing query:
      """
      RETURN date({year: -5000}) AS a, date({year: 123456, month: 7, day: 8}) AS b,
             date({year: 10000, week: 1}) AS c, date({year: -2000, quarter: 2}) AS d
      """
    Then the result should be, in any order:
      | a             | b               | c              | d             |
      | '-5000-01-01' | '+123456-07-08' | '+10000-01-03' | '-2000-04-01' |
    And no side effects

  # Cypher manual 5, "Functions" → "Temporal functions - instant types" (accessors and truncate): the components of
  # a date, including its ISO week-based year, follow the same calendar beyond 9999.
  Scenario: [3] Accessors and truncation beyond year 9999
    Given any graph
    When executing query:
      """
      WITH date('+10000-01-01') AS d
      RETURN d.year AS year, d.weekYear AS weekYear, d.week AS week, d.dayOfWeek AS dayOfWeek,
             date.truncate('millennium', date('+12345-06-07')) AS millennium
      """
    Then the result should be, in any order:
      | year  | weekYear | week | dayOfWeek | millennium     |
      | 10000 | 9999     | 52   | 6         | '+12000-01-01' |
    And no side effects

  # Cypher manual 5, "Expressions" → "Temporal operators", and "Functions" → "Temporal functions - duration"
  # (duration.between, duration.inDays): arithmetic crosses year zero as any other year.
  Scenario: [4] Arithmetic and durations across year zero
    Given any graph
    When executing query:
      """
      RETURN date('-0001-12-31') + duration('P1D') AS next,
             duration.between(date('-0001-01-01'), date('0001-01-01')) AS between,
             duration.inDays(date('0000-01-01'), date('0001-01-01')) AS days
      """
    Then the result should be, in any order:
      | next         | between | days   |
      | '0000-01-01' | 'P2Y'   | 'P366D' |
    And no side effects

  # Cypher manual 5, "Values and types" → "Ordering and comparison of values": dates order chronologically.
  Scenario: [5] Dates order chronologically across signs and digit counts
    Given any graph
    When executing query:
      """
      UNWIND [date('+10000-01-01'), date('-0001-01-01'), date('2024-05-01'), date('-999999999-01-01')] AS d
      RETURN d ORDER BY d
      """
    Then the result should be, in order:
      | d                  |
      | '-999999999-01-01' |
      | '-0001-01-01'      |
      | '2024-05-01'       |
      | '+10000-01-01'     |
    And no side effects

  # "Specifying dates" gives the range of years as -999,999,999 to +999,999,999: a result beyond it is refused.
  Scenario: [6] A result beyond the last year is refused
    Given any graph
    When executing query:
      """
      RETURN date('+999999999-12-31') + duration('P1D') AS beyond
      """
    Then an ArgumentError should be raised at runtime: InvalidArgumentValue
