import { describe, expect, it } from "vitest";
import { GraphQLClient, type FetchLike } from "../../src/api/client";
import { ExplorerApi } from "../../src/api/explorer-api";
import type { GraphEdge, GraphNode } from "../../src/api/types";
import { I18n } from "../../src/i18n/i18n";
import { SidePanel } from "../../src/ui/side-panel";

// The server as the ties editor sees it: answers by operation, recording every request.
type Handler = (variables: Record<string, unknown>) => unknown;
interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}

function server(handlers: Record<string, Handler>): { fetch: FetchLike; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch: FetchLike = (_url, init) => {
    const body = JSON.parse(String(init.body)) as Sent;
    sent.push(body);
    const handler = handlers[body.operationName];
    const json = handler ? handler(body.variables) : { errors: [{ message: `no answer for ${body.operationName}` }] };
    return Promise.resolve(
      new Response(JSON.stringify(json), { status: 200, headers: { "Content-Type": "application/json" } }),
    );
  };
  return { fetch, sent };
}

const source = {
  id: "src:1",
  title: "La JAXA et le CNES signent",
  publisher: null,
  publisherInferred: false,
  publisherNote: null,
  published: null,
  updated: null,
  dateNote: null,
  language: "fr",
  url: null,
};
const quote = "La JAXA et le CNES ont signé mercredi un protocole.";
const node = (id: string, label: string, entityType: string): GraphNode =>
  ({
    id,
    label,
    names: { en: null, fr: null, ja: null },
    entityType,
    kind: null,
    start: null,
    end: null,
    sourceCount: 1,
    sectors: [],
    countries: [],
    degree: 1,
    inferred: false,
    inferenceNote: null,
  }) as unknown as GraphNode;
const edge = (from: string, type: string, to: string, citedQuote: string): GraphEdge => ({
  id: `${from}|${type}|${to}`,
  source: from,
  target: to,
  type,
  label: type,
  role: null,
  since: null,
  until: null,
  asOf: null,
  citations: [{ quote: citedQuote, source, inferred: false, inferenceNote: null }],
  independentSourceCount: 1,
  inferred: false,
  inferenceNote: null,
});
const jaxa = {
  __typename: "Organization",
  id: "org:jaxa",
  name: "JAXA",
  entityType: "ORGANIZATION",
  citations: [],
  inferred: false,
  inferenceNote: null,
  organizationKind: "GOVERNMENT_AGENCY",
  aliases: [],
  nameOriginal: null,
  description: null,
  website: null,
  country: null,
  sectors: [],
  agreements: { totalCount: 0, nodes: [] },
  events: { totalCount: 0, nodes: [] },
  people: [],
};
const rules = [
  {
    type: "PARTICIPATED_IN",
    label: "participated in",
    from: ["ORGANIZATION", "PERSON"],
    to: ["EVENT"],
    properties: ["role"],
  },
  {
    type: "SUPPORTED",
    label: "supported",
    from: ["ORGANIZATION"],
    to: ["EVENT", "ORGANIZATION"],
    properties: ["role"],
  },
];
const cnes = node("org:cnes", "CNES", "ORGANIZATION");
const mission = node("evt:mission", "Mission au Japon", "EVENT");
const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
const field = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const button = (text: string) => [...document.querySelectorAll("button")].find((b) => b.textContent === text);

/** A panel showing JAXA, whose ties are `ties` (changed by the handlers), with what it told the graph. */
async function openPanel(handlers: Record<string, Handler>, steward = true) {
  const told: string[] = [];
  const fake = server({
    Entity: () => ({ data: { entity: jaxa } }),
    Sources: () => ({ data: { sources: [{ id: "src:1", title: source.title }] } }),
    LinkRules: () => ({ data: { linkRules: rules } }),
    ...handlers,
  });
  const panel = new SidePanel(new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), () => new I18n("en"), {
    navigate: () => undefined,
    expand: () => undefined,
    isInGraph: () => true,
    close: () => undefined,
    canCorrect: () => steward,
    tieAdded: (e, other) => told.push(`added ${e.id} with ${other.id}`),
    tieRemoved: (id) => told.push(`removed ${id}`),
  });
  document.body.replaceChildren(panel.element);
  await panel.showEntity("org:jaxa");
  return { sent: fake.sent, told };
}

async function chooseOther(name: string) {
  const input = field<HTMLInputElement>(".tie-form .search-input");
  input.value = name;
  input.dispatchEvent(new Event("input"));
  await settle(260);
  field<HTMLElement>(".tie-form .search-option").click();
  await settle();
}

describe("the steward's ties editor", () => {
  it("is offered to stewards only", async () => {
    await openPanel({}, false);
    expect(button("Ties")).toBeUndefined();

    await openPanel({});
    expect(button("Ties")).toBeDefined();
  });

  it("lists each tie with its source, adds one the model allows and tells the graph", async () => {
    let ties = [edge("org:jaxa", "SUPPORTED", "org:cnes", quote)];
    const { sent, told } = await openPanel({
      Neighbourhood: () => ({
        data: {
          neighbourhood: {
            nodes: [node("org:jaxa", "JAXA", "ORGANIZATION"), cnes, mission],
            edges: ties,
            truncated: false,
          },
        },
      }),
      Search: () => ({
        data: {
          search: [
            {
              entity: { id: "evt:mission", name: "Mission au Japon", entityType: "EVENT" },
              score: 1,
              matched: "Mission au Japon",
            },
          ],
        },
      }),
      Link: (variables) => {
        const input = variables["input"] as { from: string; type: string; to: string; citation: { quote: string } };
        ties = [...ties, edge(input.from, input.type, input.to, input.citation.quote)];
        return { data: { link: { audit: { id: "mutation:1" } } } };
      },
    });
    button("Ties")!.click();
    await settle();
    expect(field(".tie-list").textContent).toContain("JAXA supported CNES");
    expect(field(".tie-list").textContent).toContain(`La JAXA et le CNES signent “${quote}”`);

    await chooseOther("Mission");
    expect([...field<HTMLSelectElement>(".tie-form select").options].map((o) => o.textContent)).toEqual([
      "JAXA participated in Mission au Japon",
      "JAXA supported Mission au Japon",
    ]);
    field<HTMLInputElement>(".tie-form input[name=role]").value = "exposant";
    field<HTMLInputElement>(".tie-form input[name=since]").value = "2025-06";
    field<HTMLInputElement>(".tie-form input[name=source]").value = "src:1";
    field<HTMLTextAreaElement>(".tie-form textarea[name=quote]").value = quote;
    field<HTMLFormElement>(".tie-form").requestSubmit();
    await settle(50);

    expect(sent.find((s) => s.operationName === "Link")!.variables).toEqual({
      input: {
        from: "org:jaxa",
        to: "evt:mission",
        type: "PARTICIPATED_IN",
        properties: { role: "exposant", since: "2025-06-01", sincePrecision: "MONTH" },
        citation: { source: "src:1", quote },
      },
    });
    expect(told).toEqual(["added org:jaxa|PARTICIPATED_IN|evt:mission with evt:mission"]);
    expect(field(".tie-list").textContent).toContain("JAXA participated in Mission au Japon");
    expect(
      field<HTMLTextAreaElement>(".tie-form textarea[name=quote]").value,
      "the form is ready for the next tie",
    ).toBe("");
  });

  it("shows the server's refusal in its own words and keeps what the steward typed", async () => {
    const refusal = "The quote does not occur in src:1. Closest passage: « La JAXA et le CNES ont signé mercredi »";
    const { told } = await openPanel({
      Neighbourhood: () => ({ data: { neighbourhood: { nodes: [], edges: [], truncated: false } } }),
      Search: () => ({
        data: {
          search: [{ entity: { id: "org:cnes", name: "CNES", entityType: "ORGANIZATION" }, score: 1, matched: "CNES" }],
        },
      }),
      Link: () => ({ data: null, errors: [{ message: refusal, extensions: { code: "BAD_USER_INPUT" } }] }),
    });
    button("Ties")!.click();
    await settle();
    await chooseOther("CNES");
    field<HTMLInputElement>(".tie-form input[name=source]").value = "src:1";
    field<HTMLTextAreaElement>(".tie-form textarea[name=quote]").value = "La JAXA a signé.";
    field<HTMLFormElement>(".tie-form").requestSubmit();
    await settle();

    expect(field(".tie-problems").textContent).toContain(refusal);
    expect(field<HTMLTextAreaElement>(".tie-form textarea[name=quote]").value).toBe("La JAXA a signé.");
    expect(told).toEqual([]);
  });

  it("names what is missing without sending anything", async () => {
    const { sent } = await openPanel({
      Neighbourhood: () => ({ data: { neighbourhood: { nodes: [], edges: [], truncated: false } } }),
    });
    button("Ties")!.click();
    await settle();
    field<HTMLFormElement>(".tie-form").requestSubmit();

    expect(field(".tie-problems").textContent).toContain("Choose the other entity from the search results.");
    expect(field(".tie-problems").textContent).toContain("Quote the sentence of the source that states it.");
    expect(sent.some((s) => s.operationName === "Link")).toBe(false);
  });

  it("removes a tie with the steward's reason and tells the graph", async () => {
    let ties = [edge("org:jaxa", "SUPPORTED", "org:cnes", quote)];
    const { sent, told } = await openPanel({
      Neighbourhood: () => ({
        data: {
          neighbourhood: { nodes: [node("org:jaxa", "JAXA", "ORGANIZATION"), cnes], edges: ties, truncated: false },
        },
      }),
      Unlink: () => {
        ties = [];
        return { data: { unlink: { audit: { id: "mutation:2" } } } };
      },
    });
    button("Ties")!.click();
    await settle();

    button("Remove this tie")!.click();
    field<HTMLFormElement>(".tie-removal").requestSubmit();
    expect(field(".tie-removal").textContent).toContain("Say why the tie is removed.");
    field<HTMLTextAreaElement>(".tie-removal textarea").value = "CNES is not named as supported in the article";
    field<HTMLFormElement>(".tie-removal").requestSubmit();
    await settle(50);

    expect(sent.find((s) => s.operationName === "Unlink")!.variables).toEqual({
      from: "org:jaxa",
      to: "org:cnes",
      type: "SUPPORTED",
      reason: "CNES is not named as supported in the article",
    });
    expect(told).toEqual(["removed org:jaxa|SUPPORTED|org:cnes"]);
    expect(field(".tie-list").textContent).toContain("No ties yet.");
  });
});
