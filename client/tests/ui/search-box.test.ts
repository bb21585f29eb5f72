import { describe, expect, it } from "vitest";
import { GraphQLClient } from "../../src/api/client";
import { ExplorerApi } from "../../src/api/explorer-api";
import type { EntityRef, SearchHit } from "../../src/api/types";
import { I18n } from "../../src/i18n/i18n";
import { groupHits, SearchBox } from "../../src/ui/search-box";
import { FakeFetch } from "../api/fake-fetch";

const hit = (id: string, name: string, entityType: SearchHit["entity"]["entityType"], matched = name): SearchHit => ({ score: 1, matched, entity: { id, name, entityType } });
const hits = [
  hit("org:jaxa", "JAXA", "ORGANIZATION", "Japan Aerospace Exploration Agency"),
  hit("agr:1", "JAXA–CNES MoU", "AGREEMENT"),
  hit("per:1", "Jax Person", "PERSON"),
  hit("org:2", "JAXA America", "ORGANIZATION"),
];
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A search box on `fake`; with `connect`, it also offers two names' connection and records the pairs taken. */
function setup(fake: FakeFetch, language: "en" | "fr" = "en", connect = false) {
  const chosen: EntityRef[] = [];
  const connected: string[][] = [];
  const box = new SearchBox({
    api: new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })),
    i18n: () => new I18n(language),
    label: "search.label",
    placeholder: true,
    debounceMs: 0,
    onChoose: (e) => chosen.push(e),
    onConnect: connect ? (a, b) => connected.push([a.id, b.id]) : undefined,
  });
  document.body.replaceChildren(box.element);
  const type = async (text: string) => {
    box.input.value = text;
    box.input.dispatchEvent(new Event("input"));
    await settle();
  };
  const key = (k: string) => box.input.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
  return { box, chosen, connected, type, key };
}

describe("groupHits", () => {
  it("groups by kind, the group of the best hit first, keeping the ranking inside a group", () => {
    expect(groupHits(hits).map((g) => [g.type, g.hits.map((h) => h.entity.id)])).toEqual([
      ["ORGANIZATION", ["org:jaxa", "org:2"]],
      ["AGREEMENT", ["agr:1"]],
      ["PERSON", ["per:1"]],
    ]);
    const placeFirst = [hit("evt:expo", "Expo 2025 Osaka", "EVENT"), hit("org:gie", "GIE Osaka", "ORGANIZATION")];
    expect(groupHits([hit("place:osaka", "Osaka", "PLACE"), ...placeFirst]).map((g) => g.type)).toEqual(["PLACE", "EVENT", "ORGANIZATION"]);
  });
});

describe("SearchBox", () => {
  it("is a labelled combobox that lists results grouped by kind", async () => {
    const { box, type } = setup(new FakeFetch().answer({ json: { data: { search: hits } } }));
    expect(document.querySelector(`label[for="${box.input.id}"]`)!.textContent).toBe("Search");
    await type("jax");
    expect(box.input.getAttribute("aria-expanded")).toBe("true");
    const groups = [...box.element.querySelectorAll("[role=group]")];
    expect(groups.map((g) => document.getElementById(g.getAttribute("aria-labelledby")!)!.textContent)).toEqual(["Organisations", "Agreements", "People"]);
    expect(box.element.querySelectorAll("[role=option]")).toHaveLength(4);
    expect(box.element.textContent).toContain("matched “Japan Aerospace Exploration Agency”");
  });

  it("moves through options with the arrows and chooses with Enter", async () => {
    const { box, type, key, chosen } = setup(new FakeFetch().answer({ json: { data: { search: hits } } }));
    await type("jax");
    key("ArrowDown");
    key("ArrowDown");
    const active = box.input.getAttribute("aria-activedescendant")!;
    expect(document.getElementById(active)!.textContent).toContain("JAXA America");
    expect(document.getElementById(active)!.getAttribute("aria-selected")).toBe("true");
    key("Enter");
    expect(chosen.map((e) => e.id)).toEqual(["org:2"]);
    expect(box.input.value).toBe("JAXA America");
    expect(box.input.getAttribute("aria-expanded")).toBe("false");
    expect(box.selection?.id).toBe("org:2");
  });

  it("closes on Escape", async () => {
    const { box, type, key } = setup(new FakeFetch().answer({ json: { data: { search: hits } } }));
    await type("jax");
    key("Escape");
    expect(box.input.getAttribute("aria-expanded")).toBe("false");
  });

  it("says when nothing matches, in the chosen language", async () => {
    const { box, type } = setup(new FakeFetch().answer({ json: { data: { search: [] } } }), "fr");
    await type("zzz");
    expect(box.element.querySelector("[role=status]")!.textContent).toBe("Aucun résultat pour «\u00a0zzz\u00a0». Vérifiez l’orthographe ou essayez un sigle.");
    expect(box.input.getAttribute("aria-expanded")).toBe("false");
  });

  it("says when the server cannot be reached or refuses the query", async () => {
    const down = setup(new FakeFetch().answer(new TypeError("Failed to fetch")));
    await down.type("jaxa");
    expect(down.box.element.querySelector("[role=status]")!.textContent).toContain("can’t be reached");
    const refused = setup(new FakeFetch().answer({ status: 400, json: { errors: [{ message: "Query is too complex" }] } }));
    await refused.type("jaxa");
    const status = refused.box.element.querySelector("[role=status]")!.textContent!;
    expect(status).toContain("refused this request");
    expect(status).toContain("Query is too complex");
  });

  it("keeps only the answer to the latest text", async () => {
    const fake = new FakeFetch().answer("hang", { json: { data: { search: [hit("org:b", "B", "ORGANIZATION")] } } });
    const { box, type } = setup(fake);
    await type("a");
    await type("b");
    expect([...box.element.querySelectorAll("[role=option]")].map((o) => o.textContent)).toEqual(["B"]);
    expect(fake.requests.map((r) => r.body.variables["text"])).toEqual(["a", "b"]);
  });

  it("marks a key figure found by its French statement with its language", async () => {
    const fact = hit("fact:1", "Environ 200 personnes ont participé", "FACT");
    const { box, type } = setup(new FakeFetch().answer({ json: { data: { search: [fact, hits[0]!] } } }));
    await type("200");
    const names = [...box.element.querySelectorAll("[role=option] .name")];
    expect(names.map((n) => [n.textContent, n.getAttribute("lang")])).toEqual([["Environ 200 personnes ont participé", "fr"], ["JAXA", null]]);
  });
});

describe("SearchBox with more matches than shown", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => hit(`org:${i}`, `Université ${i}`, "ORGANIZATION"));

  it("says it shows 20 of 25 and shows all 25 on request without asking again", async () => {
    const fake = new FakeFetch().answer({ json: { data: { search: many(25) } } });
    const { box, type } = setup(fake);
    await type("université");

    expect(fake.requests[0]!.body.variables).toMatchObject({ text: "université", first: 101 });
    expect(box.element.querySelectorAll("[role=option]")).toHaveLength(20);
    expect(box.element.querySelector(".search-more")!.textContent).toBe("Showing 20 of 25. Show all 25");

    box.element.querySelector<HTMLButtonElement>(".search-show-more")!.click();
    await settle();
    expect(fake.requests).toHaveLength(1);
    expect(box.element.querySelectorAll("[role=option]")).toHaveLength(25);
    expect(box.element.querySelector(".search-more")).toBeNull();
  });

  it("says when more than 100 match, shows up to 100 on request, then asks for a narrower search", async () => {
    const fake = new FakeFetch().answer({ json: { data: { search: many(101) } } });
    const { box, type } = setup(fake);
    await type("université");

    expect(box.element.querySelectorAll("[role=option]")).toHaveLength(20);
    expect(box.element.querySelector(".search-more")!.textContent).toBe("Showing 20 of more than 100. Show up to 100");

    box.element.querySelector<HTMLButtonElement>(".search-show-more")!.click();
    await settle();
    expect(fake.requests).toHaveLength(1);
    expect(box.element.querySelectorAll("[role=option]")).toHaveLength(100);
    expect(box.element.querySelector(".search-more")!.textContent).toBe("Showing the first 100 matches. Add a word to narrow the search.");
    expect(box.element.querySelector(".search-show-more")).toBeNull();
    // A hundred options drawn in jsdom: slow on a shared machine, not a sign of a fault.
  }, 30_000);

  it("says nothing of the kind when all matches are shown", async () => {
    const { box, type } = setup(new FakeFetch().answer({ json: { data: { search: many(20) } } }));
    await type("université");
    expect(box.element.querySelectorAll("[role=option]")).toHaveLength(20);
    expect(box.element.querySelector(".search-more")).toBeNull();
  });
});

describe("SearchBox proposals", () => {
  it("says when the list shows only close spellings", async () => {
    const { box, type } = setup(new FakeFetch().answer({ json: { data: { search: [hit("org:rakuten", "Rakuten", "ORGANIZATION")] } } }));
    await type("Rakutem");
    expect(box.element.querySelector(".search-close")!.textContent).toBe("No exact match for “Rakutem”: these are close spellings.");
    await type("Rakuten");
    expect(box.element.querySelector(".search-close")).toBeNull();
  });

  it("offers the connection between two names that only an article mentions together, beside that article", async () => {
    const fake = new FakeFetch().answer(
      { json: { data: { search: [hit("src:4", "Du 12 au 19 avril 2025, une délégation…", "SOURCE")] } } },
      { json: { data: { search: [hit("org:vitagora", "Vitagora", "ORGANIZATION")] } } },
      { json: { data: { search: [hit("place:kumamoto", "Kumamoto", "PLACE")] } } },
    );
    const { box, connected, type } = setup(fake, "en", true);
    await type("Vitagora Kumamoto");
    await settle();

    expect(box.element.querySelectorAll("[role=option]")).toHaveLength(1);
    expect(box.element.querySelector(".search-close")).toBeNull();
    box.element.querySelector<HTMLButtonElement>(".search-connect")!.click();
    expect(connected).toEqual([["org:vitagora", "place:kumamoto"]]);
  });

  it("still offers the connection of two names when it says it shows 20 of 21 matches", async () => {
    const articles = Array.from({ length: 21 }, (_, i) => hit(`src:${i}`, `Mission ${i}`, "SOURCE"));
    const fake = new FakeFetch().answer(
      { json: { data: { search: articles } } },
      { json: { data: { search: [hit("org:vitagora", "Vitagora", "ORGANIZATION")] } } },
      { json: { data: { search: [hit("place:kumamoto", "Kumamoto", "PLACE")] } } },
    );
    const { box, connected, type } = setup(fake, "en", true);
    await type("Vitagora Kumamoto");
    await settle();

    expect(box.element.querySelector(".search-more")).not.toBeNull();
    box.element.querySelector<HTMLButtonElement>(".search-connect")!.click();
    expect(connected).toEqual([["org:vitagora", "place:kumamoto"]]);
  });

  it("offers the connection between two names that match nothing together", async () => {
    const fake = new FakeFetch().answer(
      { json: { data: { search: [] } } },
      { json: { data: { search: [hit("org:vitagora", "Vitagora", "ORGANIZATION")] } } },
      { json: { data: { search: [hit("place:kumamoto", "Kumamoto", "PLACE")] } } },
    );
    const { box, connected, type } = setup(fake, "en", true);
    await type("Vitagora Kumamoto");
    await settle();

    const offer = box.element.querySelector<HTMLButtonElement>(".search-connect")!;
    expect(offer.textContent).toBe("Find the connections between Vitagora and Kumamoto");
    offer.click();
    expect(connected).toEqual([["org:vitagora", "place:kumamoto"]]);
  });
});
