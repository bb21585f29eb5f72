#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks. The CSV files are declared by the scenarios (the TCK's
# "there exists a CSV file" step): the runner writes them where LOAD CSV reads and passes their URL as a parameter.

Feature: DeclaredCsvFiles - LOAD CSV from a URL given as a parameter

  # Cypher manual, "Clauses > LOAD CSV" (https://neo4j.com/docs/cypher-manual/5/clauses/load-csv/): the URL may be
  # a parameter; WITH HEADERS makes each row a map keyed by the header, every value a string; linenumber() is the
  # line of the file the row came from (the header is line 1).
  Scenario: [1] Rows of a CSV file given by URL parameter, with their line numbers
    Given an empty graph
    And there exists a CSV file with URL as $agreements, with rows:
      | partner         | signed |
      | 'JAXA'          | 2019   |
      | 'Luxinnovation' | 2021   |
    When executing query:
      """
      LOAD CSV WITH HEADERS FROM $agreements AS row
      RETURN row.partner AS partner, row.signed AS signed, linenumber() AS line
      """
    Then the result should be, in any order:
      | partner         | signed | line |
      | 'JAXA'          | '2019' | 2    |
      | 'Luxinnovation' | '2021' | 3    |
    And no side effects

  # Cypher manual, "Clauses > LOAD CSV", "Import CSV files with headers" and "Syntax > Parameters": the file's URL
  # and other parameters are passed together.
  Scenario: [2] The file's URL and further parameters are used together
    Given an empty graph
    And there exists a CSV file with URL as $agreements, with rows:
      | partner         | signed |
      | 'JAXA'          | 2019   |
      | 'Luxinnovation' | 2021   |
    And parameters are:
      | since | 2020 |
    When executing query:
      """
      LOAD CSV WITH HEADERS FROM $agreements AS row
      WITH row WHERE toInteger(row.signed) >= $since
      CREATE (:Agreement {partner: row.partner, signed: toInteger(row.signed)})
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 1 |
      | +labels     | 1 |
      | +properties | 2 |
