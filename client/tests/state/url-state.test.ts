import { describe, expect, it } from "vitest";
import { decodeViewState, encodeViewState, preferredLanguage } from "../../src/state/url-state";
import { defaultViewState, type ViewState } from "../../src/state/view-state";

describe("URL view state", () => {
  it("round-trips a full view", () => {
    const state: ViewState = {
      focus: "org:jaxa",
      expanded: ["org:jaxa", "agr:lsa-jaxa-2025", "weird id,with&chars=é"],
      hidden: ["place:jp"],
      filter: { entityTypes: ["ORGANIZATION", "AGREEMENT"], agreementKinds: ["MOU"], sectors: ["sec:space"], countries: ["place:fr", "place:jp"] },
      evidence: { minSources: 3, statedOnly: true },
      window: { from: 2019, to: 2025 },
      language: "fr",
      view: "list",
      path: { from: "org:jaxa", to: "org:cnes", maxLength: 7, through: ["PLACE", "FACT"] },
      groups: [{ anchor: "place:jp", entityType: "ORGANIZATION", shown: 10 }, { anchor: "place:jp", entityType: "EVENT", shown: 20 }],
      partners: ["org:jaxa", "org:lsa"],
      changes: { from: "2024-06-01", to: "2024-06-30" },
      size: "betweenness",
      communities: true,
      asOf: "2023-06-01",
    };
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
    expect(decodeViewState(`?${encodeViewState(state)}`)).toEqual(state);
  });

  it("keeps the as-of day in the link and drops one that is not a calendar day", () => {
    expect(encodeViewState({ ...defaultViewState(), asOf: "2023-06-01" })).toBe("ao=2023-06-01");
    expect(decodeViewState("ao=2023-06-01").asOf).toBe("2023-06-01");
    expect(decodeViewState("ao=2023-02-30").asOf).toBeNull();
    expect(decodeViewState("ao=June").asOf).toBeNull();
  });

  it("keeps the evidence filters in the link, and reads a threshold it does not offer as every tie", () => {
    const state: ViewState = { ...defaultViewState(), evidence: { minSources: 2, statedOnly: true } };

    expect(encodeViewState(state)).toBe("ms=2&so=1");
    expect(decodeViewState("ms=2&so=1").evidence).toEqual({ minSources: 2, statedOnly: true });
    expect(decodeViewState("ms=7&so=yes").evidence).toEqual({ minSources: 1, statedOnly: false });
    expect(encodeViewState(defaultViewState())).toBe("");
  });

  it("keeps what node size shows and the colouring by community in the link, and reads an unknown measure as the default", () => {
    const state: ViewState = { ...defaultViewState(), size: "pagerank", communities: true };

    expect(encodeViewState(state)).toBe("sz=pagerank&cc=1");
    expect(decodeViewState("sz=pagerank&cc=1")).toMatchObject({ size: "pagerank", communities: true });
    expect(decodeViewState("sz=recorded").size).toBe("recorded");
    expect(decodeViewState("sz=eigenvector&cc=yes")).toMatchObject({ size: "recorded", communities: false });
  });

  it("keeps the map view in the link", () => {
    const state: ViewState = { ...defaultViewState(), focus: "place:tokyo", view: "map" };

    expect(encodeViewState(state)).toBe("e=place%3Atokyo&view=map");
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
  });

  it("keeps the partners view and the entities whose partners were asked in the link", () => {
    const state: ViewState = { ...defaultViewState(), focus: "org:jaxa", view: "partners", partners: ["org:jaxa", "org:ulb"] };

    expect(encodeViewState(state)).toBe("e=org%3Ajaxa&view=partners&pp=org%3Ajaxa&pp=org%3Aulb");
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
  });

  it("encodes the default view as an empty query", () => {
    expect(encodeViewState(defaultViewState())).toBe("");
    expect(decodeViewState("")).toEqual(defaultViewState());
  });

  it("drops unknown enum values, bad years and half paths instead of failing", () => {
    const state = decodeViewState("t=ORGANIZATION&t=ALIEN&ak=NOPE&from=20x5&to=2020&lang=de&view=globe&pf=org:a");
    expect(state.filter.entityTypes).toEqual(["ORGANIZATION"]);
    expect(state.filter.agreementKinds).toEqual([]);
    expect(state.window).toEqual({ from: null, to: 2020 });
    expect(state.language).toBe("en");
    expect(state.view).toBe("graph");
    expect(state.path).toBeNull();
  });

  it("keeps a traced path's step limit and reference types, and reads older links with the default limit", () => {
    const old = decodeViewState("pf=org:a&pt=org:b");
    expect(old.path).toEqual({ from: "org:a", to: "org:b", maxLength: 4, through: [] });
    const odd = decodeViewState("pf=org:a&pt=org:b&pm=99&pv=PLACE&pv=SOURCE&pv=PLACE");
    expect(odd.path).toEqual({ from: "org:a", to: "org:b", maxLength: 4, through: ["PLACE"] });
    expect(encodeViewState({ ...defaultViewState(), path: { from: "a", to: "b", maxLength: 8, through: ["SECTOR"] } })).toBe("pf=a&pt=b&pm=8&pv=SECTOR");
  });

  it("orders a reversed window and removes duplicate ids", () => {
    const state = decodeViewState("from=2025&to=2019&x=a&x=b&x=a");
    expect(state.window).toEqual({ from: 2019, to: 2025 });
    expect(state.expanded).toEqual(["a", "b"]);
  });

  it("uses the fallback language when the link names none", () => {
    expect(decodeViewState("e=org:jaxa", "fr").language).toBe("fr");
    expect(decodeViewState("lang=en", "fr").language).toBe("en");
  });
});

describe("preferredLanguage", () => {
  it("takes the first language the client speaks", () => {
    expect(preferredLanguage(["de-DE", "fr-CA", "en"])).toBe("fr");
    expect(preferredLanguage(["ja-JP", "en"])).toBe("ja");
    expect(preferredLanguage(["de"])).toBe("en");
  });
});
