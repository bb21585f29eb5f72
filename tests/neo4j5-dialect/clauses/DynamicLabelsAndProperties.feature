#encoding: utf-8

# Neo4j 5 dialect suite: written for this repository from Neo4j's Cypher manual (Neo4j 5.24 and later), each scenario
# citing the manual page whose rule and result it checks.

Feature: DynamicLabelsAndProperties - SET and REMOVE with $(expression) labels and n[key] properties

  # Cypher manual 5, "SET" › "Dynamically setting a label": SET n:$(expr)
  Scenario: [1] SET a label computed from a property
    Given an empty graph
    And having executed:
      """
      CREATE (:Swedish {name: 'Andy'})
      """
    When executing query:
      """
      MATCH (n:Swedish)
      SET n:$(n.name)
      RETURN n.name, labels(n) AS labels
      """
    Then the result should be, in any order:
      | n.name | labels              |
      | 'Andy' | ['Swedish', 'Andy'] |
    And the side effects should be:
      | +labels | 1 |

  # Same page, "Set a label using a parameter": SET n:$($label)
  Scenario: [2] SET a label from a parameter
    Given an empty graph
    And having executed:
      """
      CREATE (:German {name: 'Stefan'})
      """
    And parameters are:
      | label | 'Danish' |
    When executing query:
      """
      MATCH (n {name: 'Stefan'})
      SET n:$($label)
      RETURN labels(n) AS labels
      """
    Then the result should be, in any order:
      | labels                 |
      | ['German', 'Danish']   |
    And the side effects should be:
      | +labels | 1 |

  # Same page, "Set multiple labels dynamically on a node": a LIST<STRING>, chained with a static label
  Scenario: [3] SET labels from a list, chained with a static label
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'George'})
      """
    When executing query:
      """
      WITH COLLECT { UNWIND range(0, 3) AS id RETURN 'Label' + id } AS labels
      MATCH (n {name: 'George'})
      SET n:Swedish:$(labels)
      RETURN n.name, labels(n) AS labels
      """
    Then the result should be, in any order:
      | n.name   | labels                                              |
      | 'George' | ['Swedish', 'Label0', 'Label1', 'Label2', 'Label3'] |
    And the side effects should be:
      | +labels | 5 |

  # Cypher manual 5, "REMOVE" › "Dynamically removing a label": one label per row
  Scenario: [4] REMOVE labels one row at a time
    Given an empty graph
    And having executed:
      """
      CREATE (:Swedish:German {name: 'Peter'})
      """
    When executing query:
      """
      MATCH (n {name: 'Peter'})
      UNWIND labels(n) AS label
      REMOVE n:$(label)
      RETURN DISTINCT n.name, labels(n)
      """
    Then the result should be, in any order:
      | n.name  | labels(n) |
      | 'Peter' | []        |
    And the side effects should be:
      | -labels | 2 |

  # Same page, "Remove multiple labels dynamically from a node": REMOVE n:$(labels(n))
  Scenario: [5] REMOVE all labels given as a list
    Given an empty graph
    And having executed:
      """
      CREATE (:Swedish:German {name: 'Peter'})
      """
    When executing query:
      """
      MATCH (n {name: 'Peter'})
      REMOVE n:$(labels(n))
      RETURN n.name, labels(n)
      """
    Then the result should be, in any order:
      | n.name  | labels(n) |
      | 'Peter' | []        |
    And the side effects should be:
      | -labels | 2 |

  # Cypher manual 5, "SET" › "Dynamically setting or updating a property": SET n[key] = expression
  Scenario: [6] SET properties with computed keys
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'Stefan'}), ({name: 'Peter', age: 34})
      """
    When executing query:
      """
      MATCH (n)
      FOREACH (k IN keys(n) | SET n[k + 'Copy'] = n[k])
      RETURN n.name, n.nameCopy, n.ageCopy
      """
    Then the result should be, in any order:
      | n.name   | n.nameCopy | n.ageCopy |
      | 'Stefan' | 'Stefan'   | null      |
      | 'Peter'  | 'Peter'    | 34        |
    And the side effects should be:
      | +properties | 3 |

  # Cypher manual 5, "REMOVE" › "Dynamically removing a property": REMOVE n[key]
  Scenario: [7] REMOVE properties with computed keys
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'Andy', age: 36, nameTest: 'x', ageTest: 1})
      """
    When executing query:
      """
      MATCH (n)
      WITH n, [k IN keys(n) WHERE k CONTAINS 'Test' | k] AS propertyKeys
      FOREACH (i IN propertyKeys | REMOVE n[i])
      RETURN n.name, n.age, n.nameTest, n.ageTest
      """
    Then the result should be, in any order:
      | n.name | n.age | n.nameTest | n.ageTest |
      | 'Andy' | 36    | null       | null      |
    And the side effects should be:
      | -properties | 2 |

  # Same pages: "The dynamically calculated key must evaluate to a STRING value"
  Scenario: [8] A dynamic property key that is not a STRING is a type error
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'Andy'})
      """
    When executing query:
      """
      MATCH (n)
      SET n[1] = 'x'
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType
