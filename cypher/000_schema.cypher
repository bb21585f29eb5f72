// 000_schema.cypher — constraints and indexes of the GraphExplorer partnership graph.
// Idempotent (IF NOT EXISTS). Schema commands run outside data transactions in Neo4j: run this file first,
// on its own. Every label has a unique, stable `key`, searchText is the accent-free lowercase search field.

CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agreement_key IF NOT EXISTS FOR (n:Agreement) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT sector_key IF NOT EXISTS FOR (n:Sector) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fact_key IF NOT EXISTS FOR (n:Fact) REQUIRE n.key IS UNIQUE;

CREATE INDEX organization_search_text IF NOT EXISTS FOR (n:Organization) ON (n.searchText);
CREATE INDEX person_search_text IF NOT EXISTS FOR (n:Person) ON (n.searchText);
CREATE INDEX agreement_search_text IF NOT EXISTS FOR (n:Agreement) ON (n.searchText);
CREATE INDEX event_search_text IF NOT EXISTS FOR (n:Event) ON (n.searchText);
CREATE INDEX place_search_text IF NOT EXISTS FOR (n:Place) ON (n.searchText);
CREATE INDEX sector_search_text IF NOT EXISTS FOR (n:Sector) ON (n.searchText);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX sector_name IF NOT EXISTS FOR (n:Sector) ON (n.name);
CREATE INDEX agreement_title IF NOT EXISTS FOR (n:Agreement) ON (n.title);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.kind);
CREATE INDEX fact_kind IF NOT EXISTS FOR (n:Fact) ON (n.kind);
CREATE INDEX agreement_signed_date IF NOT EXISTS FOR (n:Agreement) ON (n.signedDate);
CREATE INDEX event_start_date IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX source_file IF NOT EXISTS FOR (n:Source) ON (n.file);
