// The client's kinds against the API's schema and the seed data: every value the server can return has a type
// here, a label in both languages, and (entity types) a colour, a pictogram, a legend entry and a filter box.
// Fails as soon as schema.graphql, GraphModel.cs or the cypher/ scripts gain a value the client does not know.

import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Kind, parse, type EnumTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import {
  AGREEMENT_KINDS, AGREEMENT_LIFECYCLE_STATUSES, DATE_PRECISIONS, ENTITY_TYPES, EVENT_KINDS, FACT_KINDS, FILTERABLE_AGREEMENT_KINDS, ORGANIZATION_KINDS,
  PLACE_KINDS, RELATION_TYPES, TIMELINE_ITEM_TYPES,
} from "../../src/api/types";
import { EMPTY_FILTER } from "../../src/graph/filters";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { I18n, type EnumFamily } from "../../src/i18n/i18n";
import { ENTITY_COLOURS, ENTITY_ICON_PATHS } from "../../src/render/style";
import { FilterPanel } from "../../src/ui/filter-panel";
import { OPEN_EVIDENCE } from "../../src/graph/evidence-filter";
import { Legend } from "../../src/ui/legend";

// vitest runs in client/ (jsdom gives import.meta.url an http: scheme, so the path is taken from the working folder).
const repository = resolve(process.cwd(), "..");
const read = (path: string) => readFileSync(resolve(repository, path), "utf8");

const schema = parse(read("src/GraphExplorer.Application/Api/schema.graphql"));
function schemaEnum(name: string): string[] {
  const found = schema.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name);
  if (!found) throw new Error(`schema.graphql has no enum ${name}`);
  return (found.values ?? []).map((v) => v.name.value);
}

/** Client list, schema enum, and the label family its values are shown with (if any). */
const ENUMS: [readonly string[], string, EnumFamily | null][] = [
  [ENTITY_TYPES, "EntityType", "entityType"],
  [ORGANIZATION_KINDS, "OrganizationKind", "organizationKind"],
  [AGREEMENT_KINDS, "AgreementKind", "agreementKind"],
  [EVENT_KINDS, "EventKind", "eventKind"],
  [PLACE_KINDS, "PlaceKind", "placeKind"],
  [FACT_KINDS, "FactKind", "factKind"],
  [DATE_PRECISIONS, "DatePrecision", null],
  [TIMELINE_ITEM_TYPES, "TimelineItemType", null],
  [AGREEMENT_LIFECYCLE_STATUSES, "AgreementLifecycleStatus", null],
];

describe("the client's enums", () => {
  it.each(ENUMS.map(([values, name]) => [name, values] as const))("%s lists exactly the schema's values, in its order", (name, values) => {
    expect([...values]).toEqual(schemaEnum(name));
  });

  it("label every value in English and French", () => {
    for (const [values, name, family] of ENUMS) {
      if (family === null) continue;
      for (const messages of [en, fr] as Record<string, string>[]) {
        for (const value of values) expect(messages[`${family}.${value}`], `${name}.${value}`).toBeTruthy();
      }
    }
    for (const messages of [en, fr] as Record<string, string>[]) {
      for (const type of ENTITY_TYPES) expect(messages[`entityTypes.${type}`], `entityTypes.${type}`).toBeTruthy();
    }
  });

  it("offer every agreement kind the server accepts as a filter, and nothing else", () => {
    expect(FILTERABLE_AGREEMENT_KINDS).toEqual(schemaEnum("AgreementKind").filter((k) => k !== "OTHER"));
  });
});

describe("relationship types", () => {
  // The model's table: `new("PARTY_TO", "party to", …)`; CITED_IN (provenance) is never drawn.
  const modelTypes = [...read("src/GraphExplorer.Application/Domain/GraphModel.cs").matchAll(/new\("([A-Z_]+)", "[^"]+",/g)].map((m) => m[1]!);

  it("are those of the data model", () => {
    expect(modelTypes.length).toBeGreaterThan(10);
    expect([...RELATION_TYPES].sort()).toEqual([...modelTypes].sort());
  });

  it("have a label in both languages, and no label is kept for a type the model dropped", () => {
    for (const messages of [en, fr] as Record<string, string>[]) {
      const labelled = Object.keys(messages).filter((k) => k.startsWith("relation.")).map((k) => k.slice("relation.".length));
      expect(labelled.sort()).toEqual([...RELATION_TYPES].sort());
    }
  });
});

describe("the seed data", () => {
  const scripts = readdirSync(resolve(repository, "cypher")).filter((f) => f.endsWith(".cypher")).map((f) => read(`cypher/${f}`));
  const knownKinds = new Set<string>([...ORGANIZATION_KINDS, ...AGREEMENT_KINDS, ...EVENT_KINDS, ...PLACE_KINDS, ...FACT_KINDS]);

  it("uses only kinds the client knows", () => {
    const used = new Set(scripts.flatMap((text) => [...text.matchAll(/\bkind: '([a-z0-9_]+)'/g)].map((m) => m[1]!.toUpperCase())));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((kind) => !knownKinds.has(kind))).toEqual([]);
  });

  it("uses only node labels that are entity types of the client", () => {
    const labels = new Set(scripts.flatMap((text) => [...text.matchAll(/\(\w*:([A-Z][A-Za-z]+)\b/g)].map((m) => m[1]!.toUpperCase())));
    expect([...labels].filter((label) => !(ENTITY_TYPES as readonly string[]).includes(label))).toEqual([]);
  });
});

describe("every entity type", () => {
  it("has a colour and a pictogram", () => {
    for (const type of ENTITY_TYPES) {
      expect(ENTITY_COLOURS[type], type).toMatch(/^#[0-9A-F]{6}$/i);
      expect(ENTITY_ICON_PATHS[type], type).toMatch(/^M/);
    }
    expect(new Set(Object.values(ENTITY_COLOURS)).size, "colours are distinct").toBe(ENTITY_TYPES.length);
  });

  it("is in the legend and has a box in the entity-kind filter", () => {
    const i18n = new I18n("fr");
    const legend = new Legend(() => i18n);
    const legendText = [...legend.element.querySelectorAll("li")].map((li) => li.textContent);
    const panel = new FilterPanel(() => i18n, { setFilter: () => undefined, setWindow: () => undefined, setEvidence: () => undefined, retryOptions: () => undefined },
      { filter: { ...EMPTY_FILTER }, evidence: { ...OPEN_EVIDENCE }, window: { from: null, to: null }, years: null, options: null, optionsError: null, hiddenByFilters: 0 });
    for (const type of ENTITY_TYPES) {
      expect(legendText, type).toContain(i18n.enumLabel("entityType", type));
      expect(panel.element.querySelector(`input[data-key="entityTypes:${type}"]`), type).not.toBeNull();
    }
    for (const kind of FILTERABLE_AGREEMENT_KINDS) expect(panel.element.querySelector(`input[data-key="agreementKinds:${kind}"]`), kind).not.toBeNull();
  });
});
