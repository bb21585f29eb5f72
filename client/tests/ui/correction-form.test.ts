import { describe, expect, it } from "vitest";
import { GraphQLClient } from "../../src/api/client";
import { ExplorerApi } from "../../src/api/explorer-api";
import { I18n } from "../../src/i18n/i18n";
import { SidePanel } from "../../src/ui/side-panel";
import { FakeFetch } from "../api/fake-fetch";
import { partialDate } from "../fixtures";

const source = {
  id: "src:1",
  title: "La JAXA et le CNES signent",
  publisher: "Le Monde",
  publisherInferred: false,
  publisherNote: null,
  published: partialDate("2025-06-12", "DAY"),
  updated: null,
  dateNote: null,
  language: "fr",
  url: "https://example.org/a",
};
const quote = "La JAXA et le CNES ont signé mercredi un protocole.";
const organization = (description: string | null) => ({
  __typename: "Organization",
  id: "org:jaxa",
  name: "JAXA",
  entityType: "ORGANIZATION",
  citations: [{ quote, source, inferred: false, inferenceNote: null }],
  inferred: false,
  inferenceNote: null,
  organizationKind: "GOVERNMENT_AGENCY",
  aliases: [],
  nameOriginal: null,
  description,
  website: null,
  country: null,
  sectors: [],
  agreements: { totalCount: 0, nodes: [] },
  events: { totalCount: 0, nodes: [] },
  people: [],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

let inGraph = true;
let corrected: string[] = [];

async function openPanel(fake: FakeFetch, steward: boolean) {
  inGraph = true;
  corrected = [];
  const panel = new SidePanel(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("en"), {
    navigate: () => undefined,
    expand: () => undefined,
    isInGraph: () => inGraph,
    close: () => undefined,
    canCorrect: () => steward,
    corrected: (id) => corrected.push(id),
  });
  document.body.replaceChildren(panel.element);
  fake.answer({ json: { data: { entity: organization("Agence spatiale.") } } });
  await panel.showEntity("org:jaxa");
  return panel;
}

const field = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const editButton = () => [...document.querySelectorAll("button")].find((b) => b.textContent === "Edit");

function fillAndSubmit(description: string, quoted: string) {
  editButton()!.click();
  field<HTMLTextAreaElement>("#correction-description").value = description;
  field<HTMLTextAreaElement>("#correction-quote").value = quoted;
  field<HTMLFormElement>(".correction-form").requestSubmit();
}

describe("the steward's correction form", () => {
  it("is offered to stewards only", async () => {
    await openPanel(new FakeFetch(), false);
    expect(editButton()).toBeUndefined();

    await openPanel(new FakeFetch(), true);
    expect(editButton()).toBeDefined();
  });

  it("sends the changed description with the cited sentence, then shows the entity as the server has it", async () => {
    const fake = new FakeFetch();
    await openPanel(fake, true);
    fake.answer(
      { json: { data: { upsertOrganization: { entity: { id: "org:jaxa" }, audit: { id: "audit:1" } } } } },
      { json: { data: { entity: organization("L’agence spatiale du Japon.") } } },
    );

    fillAndSubmit("L’agence spatiale du Japon.", quote);
    await settle();

    expect(fake.requests[1]!.body.operationName).toBe("UpsertOrganization");
    expect(fake.requests[1]!.body.variables).toEqual({
      input: { id: "org:jaxa", description: "L’agence spatiale du Japon.", citation: { source: "src:1", quote } },
    });
    expect(fake.requests[2]!.body.operationName).toBe("Entity");
    expect(document.querySelector(".correction-form")).toBeNull();
    expect(document.body.textContent).toContain("L’agence spatiale du Japon.");
    expect(corrected, "the graph is told to redraw the corrected entity").toEqual(["org:jaxa"]);
  });

  it("names a missing quote without sending anything", async () => {
    const fake = new FakeFetch();
    await openPanel(fake, true);

    fillAndSubmit("Autre.", "");

    expect(fake.requests).toHaveLength(1);
    expect(field(".correction-problems").textContent).toContain("Quote the sentence of the source that states it.");
  });

  it("shows the server's refusal in its own words and keeps what the steward typed", async () => {
    const fake = new FakeFetch();
    await openPanel(fake, true);
    const refusal = "The quote does not occur in src:1. Closest passage: « La JAXA et le CNES ont signé mercredi »";
    fake.answer({ json: { data: null, errors: [{ message: refusal, extensions: { code: "BAD_USER_INPUT" } }] } });

    fillAndSubmit("Autre.", "La JAXA a signé.");
    await settle();

    expect(field(".correction-problems").textContent).toContain(refusal);
    expect(field<HTMLTextAreaElement>("#correction-description").value).toBe("Autre.");
    expect(field<HTMLTextAreaElement>("#correction-quote").value).toBe("La JAXA a signé.");
    expect(corrected, "nothing was saved, so nothing is redrawn").toEqual([]);
  });

  it("keeps what the steward typed when the graph changes meanwhile", async () => {
    const panel = await openPanel(new FakeFetch(), true);
    editButton()!.click();
    field<HTMLTextAreaElement>("#correction-quote").value = "La JAXA et le CNES";

    inGraph = false;
    panel.refresh();

    expect(field<HTMLTextAreaElement>("#correction-quote").value).toBe("La JAXA et le CNES");
  });
});
