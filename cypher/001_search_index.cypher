// 001_search_index.cypher — the full-text index the explorer's search runs on (SearchService, issue #13).
// Neo4j 5 syntax; the embedded engine builds the same index on Lucene.Net. It holds `searchText` (every name of an
// entity, normalised: lower case, Latin accents removed) of every searchable label. The analyzer is Neo4j's default,
// written out so that the script says what it gets; IF NOT EXISTS makes the script safe to run again.

CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Organization|Person|Agreement|Event|Place|Sector|Fact|Source) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
