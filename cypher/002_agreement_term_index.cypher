// 002_agreement_term_index.cypher — the index behind listing agreements by when they expire (issue #16).
// Schema commands only, like 000_schema.cypher (Neo4j runs them outside data transactions); a file of its own so
// that databases which applied 000_schema.cypher before it existed get it as a new script, not a changed one.

CREATE INDEX agreement_expiry_date IF NOT EXISTS FOR (n:Agreement) ON (n.expiryDate);
