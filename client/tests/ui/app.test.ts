// The whole explorer in jsdom (no WebGL, so the graph area says so and the list view carries on),
// against a fake server that answers by operation name.
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GraphQLClient, type FetchLike } from "../../src/api/client";
import { ExplorerApi } from "../../src/api/explorer-api";
import { App } from "../../src/ui/app";
import { cnes, cnesParty, jaxa, jaxaParty, mou, node, partialDate } from "../fixtures";

const ulb = node("org:ulb", { label: "ULB" });
const forum = node("evt:forum", { label: "Space forum", entityType: "EVENT", kind: "BUSINESS_FORUM", start: partialDate("2024-06", "MONTH") });

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function server(overrides: Record<string, () => Response | Promise<Response>> = {}) {
  const calls: { operationName: string; variables: Record<string, unknown> }[] = [];
  const json = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200, headers: { "Content-Type": "application/json" } });
  const fetch: FetchLike = async (_url, init) => {
    const body = JSON.parse(String(init.body)) as { operationName: string; variables: Record<string, unknown> };
    calls.push(body);
    const override = overrides[body.operationName];
    if (override) return override();
    switch (body.operationName) {
      case "FilterOptions":
        return json({ sectors: [{ id: "sec:space", name: "Space", nameFr: "Espace" }], places: [{ id: "place:jp", name: "Japan", kind: "COUNTRY" }] });
      case "Neighbourhood":
        return json({ neighbourhood: { nodes: [jaxa, mou, cnes], edges: [jaxaParty, cnesParty], truncated: false } });
      case "Entity":
        return json({ entity: { __typename: "Sector", id: body.variables["id"], name: "Entity", entityType: "SECTOR", citations: [], nameFr: null } });
      case "Search":
        return json({ search: [] });
      case "Partners":
        return json({ partners: [
          { partner: cnes, weight: 1, agreementCount: 1, eventCount: 0, agreements: [mou], events: [] },
          { partner: ulb, weight: 1, agreementCount: 0, eventCount: 1, agreements: [], events: [forum] },
        ] });
      case "Aggregates":
        return json({ aggregates: { entitiesByType: [{ key: "ORGANIZATION", label: "Organization", count: 1234 }, { key: "AGREEMENT", label: "Agreement", count: 56 }, { key: "SOURCE", label: "Source", count: 0 }],
          organizationsByKind: [], agreementsByKind: [], agreementsByYear: [], eventsByYear: [], bySector: [], byCountry: [] } });
      default:
        return new Response(JSON.stringify({ errors: [{ message: "unknown" }] }), { status: 400 });
    }
  };
  return { fetch, calls };
}

async function start(query: string, fake = server(), maxNodes?: number) {
  history.replaceState(null, "", `/${query}`);
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  const app = new App({ api: new ExplorerApi(new GraphQLClient({ fetch: fake.fetch })), root, maxNodes });
  await app.start();
  await settle();
  return { app, root, fake };
}

// jsdom has no WebGL: the renderer fails as it does in a browser without it (sigma cannot even load here).
vi.mock("../../src/render/sigma-view", () => ({
  GraphView: class {
    constructor() {
      throw new Error("WebGL is not available");
    }
  },
}));

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("App", () => {
  it("restores a shared view: expands the same nodes, selects, keeps filters and language in the URL", async () => {
    const { root, fake, app } = await start("?e=org:cnes&x=org:jaxa&t=ORGANIZATION&lang=fr&view=list");
    expect(fake.calls.filter((c) => c.operationName === "Neighbourhood").map((c) => c.variables["id"])).toEqual(["org:jaxa"]);
    expect(app.model.graph.order).toBe(3);
    expect(document.documentElement.lang).toBe("fr");
    const rows = [...root.querySelectorAll(".entity-table tbody tr")].map((r) => r.querySelector("td")!.textContent);
    expect(rows).toEqual(["CNES", "JAXA"]); // the agreement is filtered out (organisations only)
    expect(root.querySelector(".entity-table tr[aria-current=true]")!.textContent).toContain("CNES");
    const params = new URLSearchParams(location.search);
    expect(params.get("e")).toBe("org:cnes");
    expect(params.getAll("x")).toEqual(["org:jaxa"]);
    expect(params.getAll("t")).toEqual(["ORGANIZATION"]);
    expect(params.get("lang")).toBe("fr");
    expect(params.get("view")).toBe("list");
  });

  it("welcomes a first visit and says the graph cannot be drawn without WebGL", async () => {
    const { root } = await start("");
    expect(root.querySelector(".welcome h2")!.textContent).toBe("Explore the partnership graph");
    expect(root.querySelector(".welcome-counts")!.textContent).toBe("In the database: 1,234 organisations · 56 agreements");
    expect(root.querySelector(".graph-message")!.textContent).toContain("WebGL");
    expect(location.search).toBe("");
  });

  it("switches language without losing the view", async () => {
    const { root } = await start("?e=org:jaxa&x=org:jaxa&view=list");
    const select = root.querySelector<HTMLSelectElement>("#language-select")!;
    select.value = "fr";
    select.dispatchEvent(new Event("change"));
    await settle();
    expect(document.documentElement.lang).toBe("fr");
    expect(root.querySelector("[role=tab][aria-selected=true]")!.textContent).toBe("Liste");
    expect(root.querySelectorAll(".entity-table tbody tr")).toHaveLength(3);
    expect(new URLSearchParams(location.search).get("lang")).toBe("fr");
    expect(document.activeElement?.id).toBe("language-select");
  });

  it("applies a filter from the panel to the list and the URL", async () => {
    const { root } = await start("?x=org:jaxa&view=list");
    const agreements = [...root.querySelectorAll<HTMLInputElement>(".filter-panel input[type=checkbox]")].find((i) => i.dataset["key"] === "entityTypes:AGREEMENT")!;
    agreements.checked = true;
    agreements.dispatchEvent(new Event("change"));
    expect([...root.querySelectorAll(".entity-table tbody tr")].map((r) => r.querySelector("td")!.textContent)).toEqual(["JAXA–CNES MoU"]);
    expect(new URLSearchParams(location.search).getAll("t")).toEqual(["AGREEMENT"]);
    expect(root.querySelector(".filter-footer [role=status]")!.textContent).toBe("Hidden by filters: 2");
  });

  it("tells the user when the server cannot be reached, and retries", async () => {
    let down = true;
    const fake = server({
      Neighbourhood: () => {
        if (down) return Promise.reject(new TypeError("Failed to fetch"));
        return new Response(JSON.stringify({ data: { neighbourhood: { nodes: [jaxa], edges: [], truncated: false } } }), { status: 200 });
      },
    });
    const { root, app } = await start("?x=org:jaxa", fake);
    const banner = root.querySelector(".error-banner")!;
    expect(banner.textContent).toContain("can’t be reached");
    down = false;
    banner.querySelector<HTMLButtonElement>("button.primary")!.click();
    await settle();
    expect(app.model.graph.order).toBe(1);
    expect(banner.textContent).toBe("");
  });

  it("says on a first visit that the server cannot be reached", async () => {
    const fake = server({ FilterOptions: () => Promise.reject(new TypeError("Failed to fetch")), Aggregates: () => Promise.reject(new TypeError("Failed to fetch")) });
    const { root } = await start("", fake);
    expect(root.querySelector(".error-banner")!.textContent).toContain("can’t be reached");
    expect(root.querySelector(".welcome h2")).not.toBeNull();
    expect(root.querySelector(".welcome-counts")).toBeNull();
  });

  it("restores hidden nodes and offers to show them again", async () => {
    const { root } = await start("?x=org:jaxa&h=org:cnes&view=list");
    expect([...root.querySelectorAll(".entity-table tbody tr")].map((r) => r.querySelector("td")!.textContent).sort()).toEqual(["JAXA", "JAXA–CNES MoU"]);
    const unhide = root.querySelector<HTMLButtonElement>(".toolbar [data-action=unhide]")!;
    expect(unhide.textContent).toBe("Show hidden (1)");
    unhide.click();
    expect(root.querySelectorAll(".entity-table tbody tr")).toHaveLength(3);
    expect(new URLSearchParams(location.search).getAll("h")).toEqual([]);
  });

  it("says when the node limit left part of a neighbourhood out", async () => {
    const { root, app } = await start("", server(), 2);
    await app.expand("org:jaxa");
    expect(app.model.graph.order).toBe(2);
    expect(root.querySelector(".status-line")!.textContent).toBe("The graph is limited to 2 nodes: 1 more could not be added. Hide or clear nodes to see them.");
  });

  it("undoes and redoes with the toolbar", async () => {
    const { root, app } = await start("?x=org:jaxa");
    const button = (action: string) => root.querySelector<HTMLButtonElement>(`.toolbar [data-action=${action}]`)!;
    expect(button("undo").disabled).toBe(true); // a restored view is the starting point
    await app.expand("org:cnes");
    expect(button("undo").disabled).toBe(false);
    button("undo").click();
    expect(app.model.expandedIds()).toEqual(["org:jaxa"]);
    button("redo").click();
    expect(app.model.expandedIds().sort()).toEqual(["org:cnes", "org:jaxa"]);
  });

  it("has no serious or critical accessibility violations in its main views", async () => {
    for (const view of ["graph", "partners", "map", "list", "timeline"]) {
      await start(`?e=org:jaxa&x=org:jaxa&view=${view}`);
      const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${view}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  }, 120_000);
});

describe("App partners view", () => {
  it("asks for the selected organisation's partners and draws them with the ties the graph shows, keeping them in the link", async () => {
    const { root, fake } = await start("?e=org:jaxa&x=org:jaxa&view=partners");
    await vi.waitFor(() => expect(root.querySelector(".partners-message")!.textContent).toContain("Partners drawn: 3, ties: 2."), { timeout: 10_000 });
    expect(fake.calls.filter((c) => c.operationName === "Partners").map((c) => c.variables["id"])).toEqual(["org:jaxa"]);
    expect(root.querySelector("#tab-partners")!.getAttribute("aria-selected")).toBe("true");
    expect(new URLSearchParams(location.search).getAll("pp")).toEqual(["org:jaxa"]);

    // The ties are listed beside the picture; one opens the agreements and events behind it, dated at their precision.
    const ties = [...root.querySelectorAll<HTMLButtonElement>(".partners-ties button")];
    expect(ties.map((b) => b.textContent)).toEqual(["CNES", "ULB"]);
    ties[1]!.click();
    const details = root.querySelector(".partners-details")!;
    expect(details.querySelector("h3")!.textContent).toBe("JAXA and ULB");
    expect(details.textContent).toContain("Events attended together");
    expect(details.querySelector(".partners-tie-item")!.textContent).toMatch(/Space forum.*June 2024.*1 source/);
  }, 20_000);

  it("counts only the agreements and events inside the time window", async () => {
    const { root } = await start("?e=org:jaxa&x=org:jaxa&view=partners&to=2024");
    // The 2025 MoU is outside: JAXA's tie with CNES goes; the June 2024 forum keeps ULB.
    await vi.waitFor(() => expect(root.querySelector(".partners-message")!.textContent).toContain("Partners drawn: 2, ties: 1."), { timeout: 10_000 });
  }, 20_000);
});

describe("App map", () => {
  it("places only what the time window lets through, as the graph does", async () => {
    const tokyo = { latitude: 35.68, longitude: 139.69, place: "place:tokyo", placeName: "Tokyo", placeNames: { en: null, fr: null, ja: null } };
    const placed = server({
      Neighbourhood: () => new Response(JSON.stringify({ data: { neighbourhood: {
        nodes: [{ ...jaxa, location: tokyo }, { ...mou, location: tokyo }, cnes], edges: [jaxaParty, cnesParty], truncated: false,
      } } }), { status: 200, headers: { "Content-Type": "application/json" } }),
    });
    const entities = (root: HTMLElement) => [...root.querySelectorAll(".map-places li[data-place='place:tokyo'] button")].map((b) => b.textContent);

    const open = await start("?e=org:jaxa&x=org:jaxa&view=map", placed);
    await vi.waitFor(() => expect(entities(open.root)).toEqual(expect.arrayContaining(["JAXA", "JAXA–CNES MoU"])), { timeout: 10_000 });

    // The MoU is dated June 2025: a window ending in 2024 leaves it off the map.
    const windowed = await start("?e=org:jaxa&x=org:jaxa&view=map&to=2024", placed);
    await vi.waitFor(() => expect(entities(windowed.root)).toContain("JAXA"), { timeout: 10_000 });
    expect(entities(windowed.root)).not.toContain("JAXA–CNES MoU");
  }, 30_000);
});

describe("App paths", () => {
  it("restores a traced path from the link alone and highlights it in the list of paths", async () => {
    const path = { nodes: [jaxa, mou, cnes], edges: [jaxaParty, cnesParty], length: 2, throughReference: false, inferred: false };
    const answer = { paths: [path], noDocumentedLink: false, reason: null, weakerPaths: [], maxLength: 4 };
    const fake = server({
      Connections: () => new Response(JSON.stringify({ data: { connections: answer } }), { status: 200 }),
    });
    const { root, app } = await start("?pf=org:jaxa&pt=org:cnes&ak=MOU", fake);
    const call = fake.calls.find((c) => c.operationName === "Connections")!;
    expect(call.variables).toMatchObject({ from: "org:jaxa", to: "org:cnes", filter: { agreementKinds: ["MOU"] } });
    expect(app.model.graph.order).toBe(3);
    expect(root.querySelector(".path-list")!.textContent).toContain("JAXA — party to → JAXA–CNES MoU ← party to — CNES");
    const params = new URLSearchParams(location.search);
    expect([params.get("pf"), params.get("pt")]).toEqual(["org:jaxa", "org:cnes"]);
  });

  it("says when no documented link exists and draws the weaker links offered apart", async () => {
    const weaker = { nodes: [jaxa, mou, cnes], edges: [jaxaParty, cnesParty], length: 2, throughReference: true, inferred: false };
    const answer = { paths: [], noDocumentedLink: true, reason: "No documented link within 4 steps.", weakerPaths: [weaker], maxLength: 4 };
    const fake = server({ Connections: () => new Response(JSON.stringify({ data: { connections: answer } }), { status: 200 }) });
    const { root, app } = await start("?pf=org:jaxa&pt=org:cnes", fake);
    expect(root.querySelector(".path-body .path-no-documented-link")!.textContent).toBe("No documented link within 4 steps.");
    expect(root.querySelector(".path-weaker .path-reference")).not.toBeNull();
    expect(app.model.graph.order).toBe(3);
  });
});
