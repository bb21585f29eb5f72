import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse, print, validate, type FieldNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { briefingDocument } from "../../src/briefing/briefing-query";

const schema = buildSchema(readFileSync(join(import.meta.dirname, "../../../src/GraphExplorer.Application/Api/schema.graphql"), "utf8"));

describe("the briefing pack's GraphQL document", () => {
  it("asks for every neighbourhood, the traced path and each entity under its own alias, and validates against the API schema", () => {
    const document = briefingDocument({
      neighbourhoods: [{ id: "agr:lsa-jaxa-2024", depth: 1, limit: 200 }, { id: "org:jaxa", depth: 1, limit: 200 }],
      connections: { from: "org:jaxa", to: "org:luxprovide", maxLength: 4, first: 5, filter: { entityTypes: ["ORGANIZATION", "AGREEMENT"], agreementKinds: [], from: "2020-01-01" } },
      entities: ["agr:lsa-jaxa-2024", "fact:\"quoted\""],
    });
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
    const operations = parse(document).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.map((o) => o.name?.value)).toEqual(["Neighbourhood1", "Neighbourhood2", "Path", "Entity1", "Entity2"]);
    expect(operations.every((o) => o.selectionSet.selections.length === 1)).toBe(true);
    expect(document).toContain('neighbourhood1: neighbourhood(id: "agr:lsa-jaxa-2024", depth: 1, limit: 200)');
    expect(document).toContain('neighbourhood2: neighbourhood(id: "org:jaxa"');
    const path = operations[2]!.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.alias?.value === "path");
    expect(path?.name.value).toBe("connections");
    // Enum values are written as enums, an empty list is left out (the server refuses none), strings are quoted.
    expect(path?.arguments?.map((a) => `${a.name.value}: ${print(a.value)}`)).toEqual([
      'from: "org:jaxa"', 'to: "org:luxprovide"', "maxLength: 4", "first: 5", 'filter: {entityTypes: [ORGANIZATION, AGREEMENT], from: "2020-01-01"}',
    ]);
    expect(document).toContain('entity2: entity(id: "fact:\\"quoted\\"")');
    // Each fragment once, however many fields use it.
    expect(document.match(/fragment GraphNodeFields /g)).toHaveLength(1);
  });
});
