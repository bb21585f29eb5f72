#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Operations manual (Neo4j 5), each scenario citing
# the manual page whose rule it checks.

Feature: ManageTransactions - SHOW TRANSACTIONS and TERMINATE TRANSACTIONS

  # Operations manual, "Manage transactions" › List transactions
  # (https://neo4j.com/docs/operations-manual/5/database-internals/transaction-management/): the statement itself runs
  # in a transaction, listed with its database, a transaction id and its current query's id
  Scenario: [1] SHOW TRANSACTIONS lists the statement's own transaction
    Given an empty graph
    When executing query:
      """
      SHOW TRANSACTIONS YIELD database, transactionId, currentQueryId, status
      RETURN database, transactionId STARTS WITH 'neo4j-transaction-' AS named, currentQueryId STARTS WITH 'query-' AS running, status
      """
    Then the result should be, in any order:
      | database | named | running | status    |
      | 'neo4j'  | true  | true    | 'Running' |
    And no side effects

  # Operations manual, "Manage transactions" › List transactions: ids given as a STRING list only those transactions
  Scenario: [2] SHOW TRANSACTIONS of an id no transaction has lists nothing
    Given an empty graph
    When executing query:
      """
      SHOW TRANSACTIONS 'neo4j-transaction-999999999'
      """
    Then the result should be empty
    And no side effects

  # Operations manual, "Manage transactions" › Terminate transactions: each id given gets a row with its message
  Scenario: [3] TERMINATE TRANSACTIONS of an unknown id says it was not found
    Given an empty graph
    When executing query:
      """
      TERMINATE TRANSACTIONS 'neo4j-transaction-999999999' YIELD transactionId, message
      """
    Then the result should be, in any order:
      | transactionId                 | message                  |
      | 'neo4j-transaction-999999999' | 'Transaction not found.' |
    And no side effects

  # Operations manual, "Manage transactions" › Terminate transactions: "TERMINATE TRANSACTION[S] transaction_id[, ...]",
  # the ids are not optional
  Scenario: [4] TERMINATE TRANSACTIONS needs ids
    Given an empty graph
    When executing query:
      """
      TERMINATE TRANSACTIONS
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax
