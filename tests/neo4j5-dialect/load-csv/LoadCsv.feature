#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5), each scenario citing
# the manual page whose rule and result it checks. The files are in ../import, the runner's import directory for the
# embedded engine (on Neo4j, copy them into the server's import directory).

Feature: LoadCsv - LOAD CSV from the import directory

  # Cypher manual, "LOAD CSV", "Import data from a CSV file" (artists.csv)
  Scenario: [1] Without headers each row is a list of strings
    Given an empty graph
    When executing query:
      """
      LOAD CSV FROM 'file:///artists.csv' AS row
      MERGE (a:Artist {name: row[1], year: toInteger(row[2])})
      RETURN a.name, a.year
      """
    Then the result should be, in any order:
      | a.name          | a.year |
      | 'ABBA'          | 1992   |
      | 'Roxette'       | 1986   |
      | 'Europe'        | 1979   |
      | 'The Cardigans' | 1992   |
    And the side effects should be:
      | +nodes      | 4 |
      | +labels     | 1 |
      | +properties | 8 |

  # Cypher manual, "LOAD CSV", "Import CSV files with headers": each row is a map keyed by the header
  Scenario: [2] With headers each row is a map
    Given an empty graph
    When executing query:
      """
      LOAD CSV WITH HEADERS FROM 'file:///artists-with-headers.csv' AS row
      RETURN row.Name AS name, row.Year AS year
      """
    Then the result should be, in any order:
      | name            | year   |
      | 'ABBA'          | '1992' |
      | 'Roxette'       | '1986' |
      | 'Europe'        | '1979' |
      | 'The Cardigans' | '1992' |
    And no side effects

  # Cypher manual, "LOAD CSV", "Import CSV files with a custom field delimiter"
  Scenario: [3] FIELDTERMINATOR sets the field delimiter
    Given an empty graph
    When executing query:
      """
      LOAD CSV FROM 'file:///artists-fieldterminator.csv' AS row FIELDTERMINATOR ';'
      RETURN row[1] AS name, toInteger(row[2]) AS year
      """
    Then the result should be, in any order:
      | name            | year |
      | 'ABBA'          | 1992 |
      | 'Roxette'       | 1986 |
      | 'Europe'        | 1979 |
      | 'The Cardigans' | 1992 |
    And no side effects

  # Cypher manual, "LOAD CSV", "Dealing with quotes": a doubled quote inside a quoted field is one quote
  Scenario: [4] Quoted fields with escaped quotes
    Given an empty graph
    When executing query:
      """
      LOAD CSV FROM 'file:///artists-with-escaped-char.csv' AS row
      RETURN row[1] AS name, toInteger(row[2]) AS year, size(row[1]) AS size
      """
    Then the result should be, in any order:
      | name           | year | size |
      | 'The "Symbol"' | 1992 | 12   |
    And no side effects

  # Cypher manual, "LOAD CSV", "Access line numbers with linenumber()"
  Scenario: [5] linenumber() gives the line of each row
    Given an empty graph
    When executing query:
      """
      LOAD CSV FROM 'file:///artists.csv' AS row
      RETURN linenumber() AS number, row[1] AS name
      """
    Then the result should be, in order:
      | number | name            |
      | 1      | 'ABBA'          |
      | 2      | 'Roxette'       |
      | 3      | 'Europe'        |
      | 4      | 'The Cardigans' |
    And no side effects

  # Cypher manual, "LOAD CSV", "Access the CSV file path with file()": the absolute path of the file read
  Scenario: [6] file() gives the path of the file being read
    Given an empty graph
    When executing query:
      """
      LOAD CSV FROM 'file:///artists.csv' AS row
      RETURN DISTINCT file() ENDS WITH '/artists.csv' AS endsWithName, file() STARTS WITH '/' AS absolute
      """
    Then the result should be, in any order:
      | endsWithName | absolute |
      | true         | true     |
    And no side effects

  # Cypher manual, "LOAD CSV": with headers, a field without a value is null
  Scenario: [7] Empty fields of a file with headers are null
    Given an empty graph
    When executing query:
      """
      LOAD CSV WITH HEADERS FROM 'file:///artists-with-empty-fields.csv' AS row
      RETURN row.Id AS id, row.Name AS name, row.Year AS year
      """
    Then the result should be, in order:
      | id  | name   | year   |
      | '1' | 'ABBA' | null   |
      | '2' | null   | '1986' |
    And no side effects

  # Cypher manual, "LOAD CSV", "Load CSV with CALL subqueries in transactions"
  Scenario: [8] Rows of a file created in inner transactions
    Given an empty graph
    When executing query:
      """
      LOAD CSV FROM 'file:///artists.csv' AS row
      CALL (row) {
        MERGE (:Artist {name: row[1], year: toInteger(row[2])})
      } IN TRANSACTIONS OF 2 ROWS
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 4 |
      | +labels     | 1 |
      | +properties | 8 |

  # Operations manual, "server.directories.import": file URLs resolve within the import directory only; LOAD CSV
  # fails with Neo.ClientError.Statement.ExternalResourceFailed for a file it cannot load
  Scenario: [9] A file that is not in the import directory cannot be loaded
    Given an empty graph
    When executing query:
      """
      LOAD CSV FROM 'file:///../artists-missing.csv' AS row
      RETURN row
      """
    Then an ArgumentError should be raised at runtime: ExternalResourceFailed

  # Cypher manual, "LOAD CSV": a query cannot end with LOAD CSV
  Scenario: [10] LOAD CSV cannot end a query
    Given an empty graph
    When executing query:
      """
      LOAD CSV FROM 'file:///artists.csv' AS row
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition
