#encoding: utf-8
# Neo4j 5 dialect suite: cases written from the Neo4j 5 Cypher manual, each citing its page.

Feature: StringFunctionsAndOperators - Neo4j 5 concatenation, trimming and normalization

  # Cypher manual 5, "Expressions" → "String concatenation operators": || concatenates strings, like +.
  Scenario: [1] || concatenates strings
    Given any graph
    When executing query:
      """
      RETURN 'Neo' || '4j' AS result
      """
    Then the result should be, in any order:
      | result  |
      | 'Neo4j' |
    And no side effects

  # Cypher manual 5, "Expressions" → "List concatenation operators": || concatenates lists.
  Scenario: [2] || concatenates lists
    Given any graph
    When executing query:
      """
      RETURN [1, 2] || [3, 4] AS result
      """
    Then the result should be, in any order:
      | result       |
      | [1, 2, 3, 4] |
    And no side effects

  # Same pages: like every operator on null, || returns null when an operand is null.
  Scenario: [3] || with null is null
    Given any graph
    When executing query:
      """
      RETURN 'Neo' || null AS s, null || [1] AS l
      """
    Then the result should be, in any order:
      | s    | l    |
      | null | null |
    And no side effects

  # Cypher manual 5, "Syntax" → "Operators" → "Operator precedence": || shares the level of + and -, left-associative,
  # so [1] + 2 || [3] is ([1] + 2) || [3] (the other grouping would apply || to 2).
  Scenario: [4] || and + are left-associative at one precedence level
    Given any graph
    When executing query:
      """
      RETURN [1] + 2 || [3] AS result
      """
    Then the result should be, in any order:
      | result    |
      | [1, 2, 3] |
    And no side effects

  # Cypher manual 5, "Functions" → "String functions" → trim(): trim([[LEADING | TRAILING | BOTH] [trimCharacterString] FROM] input).
  Scenario: [5] trim with BOTH, LEADING and TRAILING and a character
    Given any graph
    When executing query:
      """
      RETURN trim(BOTH 'x' FROM 'xxhelloxx') AS both, trim(LEADING 'x' FROM 'xxhelloxx') AS leading,
             trim(TRAILING 'x' FROM 'xxhelloxx') AS trailing
      """
    Then the result should be, in any order:
      | both    | leading   | trailing  |
      | 'hello' | 'helloxx' | 'xxhello' |
    And no side effects

  # Same page: without a character, whitespace is trimmed; trim(FROM s) is trim(s).
  Scenario: [6] trim with a mode and no character trims whitespace
    Given any graph
    When executing query:
      """
      RETURN trim(LEADING FROM '   hello   ') AS leading, trim(FROM '  hi  ') AS plain, trim('  hi  ') AS classic
      """
    Then the result should be, in any order:
      | leading    | plain | classic |
      | 'hello   ' | 'hi'  | 'hi'    |
    And no side effects

  # Same page → btrim(), ltrim(), rtrim(): btrim(input[, trimCharacterString]) removes the character from both ends.
  Scenario: [7] btrim, ltrim and rtrim with a trim character
    Given any graph
    When executing query:
      """
      RETURN btrim('xxhelloxx', 'x') AS b, ltrim('xxhelloxx', 'x') AS l, rtrim('xxhelloxx', 'x') AS r, btrim('   hello    ') AS w
      """
    Then the result should be, in any order:
      | b       | l         | r         | w       |
      | 'hello' | 'helloxx' | 'xxhello' | 'hello' |
    And no side effects

  # Same page → btrim() considerations: btrim("hello", null) returns null.
  Scenario: [8] btrim with a null trim character is null
    Given any graph
    When executing query:
      """
      RETURN btrim('hello', null) AS result
      """
    Then the result should be, in any order:
      | result |
      | null   |
    And no side effects

  # Same page → normalize(): normalize(input[, normalForm]) with NFC by default; U+212B (Angstrom sign) is U+00C5 in NFC.
  Scenario: [9] normalize to NFC by default and to a named form
    Given any graph
    When executing query:
      """
      RETURN normalize('\u212B') = '\u00C5' AS nfc, normalize('\u00C5', NFD) = 'A\u030A' AS nfd,
             normalize('\uFE64', NFKC) AS nfkc
      """
    Then the result should be, in any order:
      | nfc  | nfd  | nfkc |
      | true | true | '<'  |
    And no side effects

  # Cypher manual 5, "Expressions" → "Predicates" → "String operators": IS [NOT] [form] NORMALIZED.
  Scenario: [10] IS NORMALIZED and IS NOT NORMALIZED
    Given any graph
    When executing query:
      """
      RETURN 'Å' IS NORMALIZED AS normalized, '\u212B' IS NOT NORMALIZED AS notNormalized,
             '\uFE64' IS NFKC NORMALIZED AS nfkc, null IS NORMALIZED AS nothing
      """
    Then the result should be, in any order:
      | normalized | notNormalized | nfkc  | nothing |
      | true       | true          | false | null    |
    And no side effects
