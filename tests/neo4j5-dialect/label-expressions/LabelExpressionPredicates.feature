#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page. The graph is the one of
# "Expressions" → "Predicates" → "Label expression predicates", its labels written :A:B (this file tests predicates,
# not label expressions in CREATE).

Feature: LabelExpressionPredicates - label expressions as predicates in WHERE and RETURN

  # Cypher manual 5, "Expressions" → "Predicates" → "Label expression predicates": "Test whether a node has a certain label".
  Scenario: [1] A single label as a predicate
    Given an empty graph
    And having executed:
      """
      CREATE (alice:Person:Manager {name:'Alice', age: 65}),
             (cecil:Person:Developer {name: 'Cecil', age: 25}),
             (cecilia:Person:Developer {name: 'Cecilia', age: 31}),
             (charlie:Person:Engineer {name: 'Charlie', age: 61}),
             (daniel:Person:Director {name: 'Daniel', age: 39}),
             (eskil:Person:CEO {name: 'Eskil', age: 39}),
             (cecil)-[:WORKS_FOR]->(alice),
             (cecilia)-[:WORKS_FOR]->(alice),
             (charlie)-[:WORKS_FOR]->(daniel),
             (alice)-[:REPORTS_TO]->(daniel),
             (daniel)-[:REPORTS_TO]->(eskil)
      """
    When executing query:
      """
      MATCH (p:Person)
      RETURN p.name AS name, p:Manager AS isManager
      """
    Then the result should be, in any order:
      | name | isManager |
      | 'Alice' | true |
      | 'Cecil' | false |
      | 'Cecilia' | false |
      | 'Charlie' | false |
      | 'Daniel' | false |
      | 'Eskil' | false |
    And no side effects

  # Cypher manual 5, "Expressions" → "Predicates" → "Label expression predicates": n:A|B is true when the node has A or B.
  Scenario: [2] Disjunction with |
    Given an empty graph
    And having executed:
      """
      CREATE (alice:Person:Manager {name:'Alice', age: 65}),
             (cecil:Person:Developer {name: 'Cecil', age: 25}),
             (cecilia:Person:Developer {name: 'Cecilia', age: 31}),
             (charlie:Person:Engineer {name: 'Charlie', age: 61}),
             (daniel:Person:Director {name: 'Daniel', age: 39}),
             (eskil:Person:CEO {name: 'Eskil', age: 39}),
             (cecil)-[:WORKS_FOR]->(alice),
             (cecilia)-[:WORKS_FOR]->(alice),
             (charlie)-[:WORKS_FOR]->(daniel),
             (alice)-[:REPORTS_TO]->(daniel),
             (daniel)-[:REPORTS_TO]->(eskil)
      """
    When executing query:
      """
      MATCH (n:Person)
      WHERE n:Manager|Director
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'Alice' |
      | 'Daniel' |
    And no side effects

  # Cypher manual 5, "Expressions" → "Predicates" → "Label expression predicates": !A is true without A; & needs both sides.
  Scenario: [3] Negation and conjunction with ! and &
    Given an empty graph
    And having executed:
      """
      CREATE (alice:Person:Manager {name:'Alice', age: 65}),
             (cecil:Person:Developer {name: 'Cecil', age: 25}),
             (cecilia:Person:Developer {name: 'Cecilia', age: 31}),
             (charlie:Person:Engineer {name: 'Charlie', age: 61}),
             (daniel:Person:Director {name: 'Daniel', age: 39}),
             (eskil:Person:CEO {name: 'Eskil', age: 39}),
             (cecil)-[:WORKS_FOR]->(alice),
             (cecilia)-[:WORKS_FOR]->(alice),
             (charlie)-[:WORKS_FOR]->(daniel),
             (alice)-[:REPORTS_TO]->(daniel),
             (daniel)-[:REPORTS_TO]->(eskil)
      """
    When executing query:
      """
      MATCH (n:Person)
      WHERE n:!Developer&!Manager
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'Charlie' |
      | 'Daniel' |
      | 'Eskil' |
    And no side effects

  # Cypher manual 5, "Patterns" → "Label expressions": parentheses group, ! binds tightest, then &, then |.
  Scenario: [4] Parentheses group a label expression
    Given an empty graph
    And having executed:
      """
      CREATE (alice:Person:Manager {name:'Alice', age: 65}),
             (cecil:Person:Developer {name: 'Cecil', age: 25}),
             (cecilia:Person:Developer {name: 'Cecilia', age: 31}),
             (charlie:Person:Engineer {name: 'Charlie', age: 61}),
             (daniel:Person:Director {name: 'Daniel', age: 39}),
             (eskil:Person:CEO {name: 'Eskil', age: 39}),
             (cecil)-[:WORKS_FOR]->(alice),
             (cecilia)-[:WORKS_FOR]->(alice),
             (charlie)-[:WORKS_FOR]->(daniel),
             (alice)-[:REPORTS_TO]->(daniel),
             (daniel)-[:REPORTS_TO]->(eskil)
      """
    When executing query:
      """
      MATCH (n)
      WHERE n:(Manager|Director)&Person AND NOT n:!Person|CEO
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'Alice' |
      | 'Daniel' |
    And no side effects

  # Cypher manual 5, "Expressions" → "Predicates" → "Label expression predicates": on a relationship the expression is tested against its type.
  Scenario: [5] Relationship types in a label expression predicate
    Given an empty graph
    And having executed:
      """
      CREATE (alice:Person:Manager {name:'Alice', age: 65}),
             (cecil:Person:Developer {name: 'Cecil', age: 25}),
             (cecilia:Person:Developer {name: 'Cecilia', age: 31}),
             (charlie:Person:Engineer {name: 'Charlie', age: 61}),
             (daniel:Person:Director {name: 'Daniel', age: 39}),
             (eskil:Person:CEO {name: 'Eskil', age: 39}),
             (cecil)-[:WORKS_FOR]->(alice),
             (cecilia)-[:WORKS_FOR]->(alice),
             (charlie)-[:WORKS_FOR]->(daniel),
             (alice)-[:REPORTS_TO]->(daniel),
             (daniel)-[:REPORTS_TO]->(eskil)
      """
    When executing query:
      """
      MATCH (a)-[r]->(b)
      WHERE r:WORKS_FOR|REPORTS_TO AND b:!CEO
      RETURN a.name AS from, r:!WORKS_FOR AS reports
      """
    Then the result should be, in any order:
      | from | reports |
      | 'Cecil' | false |
      | 'Cecilia' | false |
      | 'Charlie' | false |
      | 'Alice' | true |
    And no side effects

  # Cypher manual 5, "Patterns" → "Label expressions": % matches a node with at least one label.
  Scenario: [6] The wildcard % matches any label
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'}), ({name: 'none'}), (:A:B {name: 'ab'})
      """
    When executing query:
      """
      MATCH (n)
      RETURN n.name AS name, n:% AS labelled, n:!% AS unlabelled
      """
    Then the result should be, in any order:
      | name | labelled | unlabelled |
      | 'a' | true | false |
      | 'none' | false | true |
      | 'ab' | true | false |
    And no side effects

  # Cypher manual 5, "Patterns" → "Label expressions": IS may stand for the colon, n IS A|B is n:A|B.
  Scenario: [7] The IS form of a label predicate
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'}), ({name: 'none'}), (:A:B {name: 'ab'})
      """
    When executing query:
      """
      MATCH (n)
      WHERE n IS B|C
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'ab' |
    And no side effects

  # Cypher manual 5, "Values and types" → "Working with null": a predicate on null is null.
  Scenario: [8] A label predicate on null is null
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'}), ({name: 'none'}), (:A:B {name: 'ab'})
      """
    When executing query:
      """
      OPTIONAL MATCH (n:Missing)
      RETURN n:A|B AS result
      """
    Then the result should be, in any order:
      | result |
      | null |
    And no side effects

  # Cypher manual 5, "Expressions" → "Predicates" → "Label expression predicates": n:A:B needs both labels, as in Neo4j 4.
  Scenario: [9] The colon conjunction still works
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'}), ({name: 'none'}), (:A:B {name: 'ab'})
      """
    When executing query:
      """
      MATCH (n)
      WHERE n:A:B
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'ab' |
    And no side effects

  # Cypher manual 5, "Patterns" → "Label expressions": mixing ':' conjunctions with '|', '&', '!' or '%' is refused.
  Scenario: [10] Mixing the colon conjunction with the new symbols is an error
    Given any graph
    When executing query:
      """
      MATCH (n)
      WHERE n:A:B|C
      RETURN n
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  # Cypher manual 5, "Expressions" → "List expressions" → list comprehension: "|" starts the projection, so a label disjunction there goes in parentheses.
  Scenario: [11] A disjunction inside a list comprehension's WHERE is parenthesised
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'}), ({name: 'none'}), (:A:B {name: 'ab'})
      """
    When executing query:
      """
      MATCH (n)
      WITH collect(n) AS nodes
      RETURN size([x IN nodes WHERE (x:B|A) | x.name]) AS withLabel
      """
    Then the result should be, in any order:
      | withLabel |
      | 2 |
    And no side effects
