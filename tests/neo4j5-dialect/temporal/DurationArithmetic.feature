#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: DurationArithmetic - adding durations to temporal values as Neo4j does

  # Cypher manual 5, "Expressions" → "Temporal operators": "Add and subtract a DURATION to or from a temporal instant".
  Scenario: [1] Local date-time plus and minus a duration with nanoseconds
    Given any graph
    When executing query:
      """
      WITH localdatetime({year:1984, month:10, day:11, hour:12, minute:31, second:14}) AS aDateTime,
           duration({years: 12, nanoseconds: 2}) AS aDuration
      RETURN aDateTime + aDuration AS plus, aDateTime - aDuration AS minus
      """
    Then the result should be, in any order:
      | plus                            | minus                           |
      | '1996-10-11T12:31:14.000000002' | '1972-10-11T12:31:13.999999998' |
    And no side effects

  # Same page: on a DATE the parts of the duration below a day are ignored; months are applied before days.
  Scenario: [2] Date plus and minus a duration of months, days and hours
    Given any graph
    When executing query:
      """
      WITH date({year:1984, month:10, day:11}) AS aDate,
           duration({months: 1, days: -14, hours: 16, minutes: 12, seconds: 70}) AS aDuration
      RETURN aDate + aDuration AS plus, aDate - aDuration AS minus
      """
    Then the result should be, in any order:
      | plus         | minus        |
      | '1984-10-28' | '1984-09-25' |
    And no side effects

  # Same page (months first, then days, as java.time's plusMonths then plusDays): 2021-01-30 plus one month is
  # 2021-02-28 (clamped to the month's end), then plus one day 2021-03-01; days first would give 2021-02-28.
  Scenario: [3] Months are added before days
    Given any graph
    When executing query:
      """
      RETURN date('2021-01-30') + duration('P1M1D') AS plus, date('2021-03-31') - duration('P1M1D') AS minus
      """
    Then the result should be, in any order:
      | plus         | minus        |
      | '2021-03-01' | '2021-02-27' |
    And no side effects

  # Cypher manual 5, "Values and types" → "Temporal values" → "Durations": adding a month clamps to the month's end.
  Scenario: [4] End of month clamping
    Given any graph
    When executing query:
      """
      RETURN date('2011-01-31') + duration('P1M') AS nextMonth, date('2012-02-29') + duration('P1Y') AS nextYear
      """
    Then the result should be, in any order:
      | nextMonth    | nextYear     |
      | '2011-02-28' | '2013-02-28' |
    And no side effects

  # Cypher manual 5, "Values and types" → "Equality, ordering, and comparison of value types": NaN is not equal to
  # itself and compares false with every number.
  Scenario: [5] NaN in comparisons
    Given any graph
    When executing query:
      """
      WITH 0.0 / 0.0 AS nan
      RETURN nan = nan AS eq, nan <> nan AS ne, nan > 1 AS gt, nan < 1 AS lt, nan >= nan AS ge
      """
    Then the result should be, in any order:
      | eq    | ne   | gt    | lt    | ge    |
      | false | true | false | false | false |
    And no side effects
