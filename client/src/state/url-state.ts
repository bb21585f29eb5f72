// ViewState <-> URL query string. Lists are repeated parameters (`x=a&x=b`), so ids may contain any character.
// Decoding never throws: unknown values are dropped, so an old or hand-edited link still opens.
//
//   e=<focus>  x=<expanded>*  h=<hidden>*  t=<entity type>*  ak=<agreement kind>*  s=<sector id>*  c=<country id>*
//   from=<year>  to=<year>  lang=en|fr|ja  view=graph|map|timeline|list  pf=<path from>  pt=<path to>
//   pm=<path step limit>  pv=<reference type a path may pass through>*
//   g=<entity type>:<count>:<anchor>*  (the first <count> of a hub's neighbours of that type, opened as a group)
//   pp=<entity>*  (entities whose partners the partners view asked for)
//   cf=<day>  ct=<day>  (the "what changed" window, ISO days; both or neither)
//   ms=2|3  (ties stated by at least so many independent sources)  so=1  (stated ties only)
//   sz=drawn|betweenness|pagerank  (what node size shows; absent: relationships recorded)  cc=1  (coloured by community)
//   ao=<day>  (the day the list shows the view as of, ISO)

import { ENTITY_TYPES, FILTERABLE_AGREEMENT_KINDS, REFERENCE_TYPES, type AgreementKind, type EntityType, type ReferenceType } from "../api/types";
import { decodeOpening, encodeOpening } from "../graph/neighbour-groups";
import { changeWindow } from "../graph/changes";
import { parseMinSources } from "../graph/evidence-filter";
import { DEFAULT_SIZE_MEASURE, SIZE_MEASURES, type SizeMeasure } from "../graph/size-measure";
import { asOfDay } from "../graph/as-of";
import { defaultViewState, DEFAULT_PATH_LENGTH, LANGUAGES, VIEW_MODES, type Language, type ViewMode, type ViewState } from "./view-state";

/** The step limits the API accepts for a traced path. */
const PATH_LENGTH_RANGE = { min: 1, max: 8 } as const;

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

function year(value: string | null): number | null {
  if (value === null || !/^-?\d{1,4}$/.test(value)) return null;
  return Number.parseInt(value, 10);
}

export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.focus !== null) p.set("e", state.focus);
  for (const id of state.expanded) p.append("x", id);
  for (const id of state.hidden) p.append("h", id);
  for (const t of state.filter.entityTypes) p.append("t", t);
  for (const k of state.filter.agreementKinds) p.append("ak", k);
  for (const s of state.filter.sectors) p.append("s", s);
  for (const c of state.filter.countries) p.append("c", c);
  if (state.window.from !== null) p.set("from", String(state.window.from));
  if (state.window.to !== null) p.set("to", String(state.window.to));
  if (state.language !== "en") p.set("lang", state.language);
  if (state.view !== "graph") p.set("view", state.view);
  if (state.path !== null) {
    p.set("pf", state.path.from);
    p.set("pt", state.path.to);
    if (state.path.maxLength !== DEFAULT_PATH_LENGTH) p.set("pm", String(state.path.maxLength));
    for (const t of state.path.through) p.append("pv", t);
  }
  for (const opening of state.groups) p.append("g", encodeOpening(opening));
  for (const id of state.partners) p.append("pp", id);
  if (state.changes !== null) {
    p.set("cf", state.changes.from);
    p.set("ct", state.changes.to);
  }
  if (state.evidence.minSources > 1) p.set("ms", String(state.evidence.minSources));
  if (state.evidence.statedOnly) p.set("so", "1");
  if (state.size !== DEFAULT_SIZE_MEASURE) p.set("sz", state.size);
  if (state.communities) p.set("cc", "1");
  if (state.asOf !== null) p.set("ao", state.asOf);
  return p.toString();
}

/** `fallbackLanguage` is used when the link names none (e.g. the browser's language). */
export function decodeViewState(query: string, fallbackLanguage: Language = "en"): ViewState {
  const p = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  const state = defaultViewState(fallbackLanguage);
  const focus = p.get("e");
  state.focus = focus !== null && focus.length > 0 ? focus : null;
  state.expanded = unique(p.getAll("x"));
  state.hidden = unique(p.getAll("h"));
  state.filter = {
    entityTypes: unique(p.getAll("t")).filter((t): t is EntityType => oneOf(ENTITY_TYPES, t)),
    agreementKinds: unique(p.getAll("ak")).filter((k): k is AgreementKind => oneOf(FILTERABLE_AGREEMENT_KINDS, k)),
    sectors: unique(p.getAll("s")),
    countries: unique(p.getAll("c")),
  };
  let from = year(p.get("from"));
  let to = year(p.get("to"));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  state.window = { from, to };
  const lang = p.get("lang");
  if (lang !== null && oneOf<Language>(LANGUAGES, lang)) state.language = lang;
  const view = p.get("view");
  if (view !== null && oneOf<ViewMode>(VIEW_MODES, view)) state.view = view;
  const pf = p.get("pf");
  const pt = p.get("pt");
  if (pf && pt) {
    const pm = Number.parseInt(p.get("pm") ?? "", 10);
    const maxLength = pm >= PATH_LENGTH_RANGE.min && pm <= PATH_LENGTH_RANGE.max ? pm : DEFAULT_PATH_LENGTH;
    const through = unique(p.getAll("pv")).filter((t): t is ReferenceType => oneOf(REFERENCE_TYPES, t));
    state.path = { from: pf, to: pt, maxLength, through };
  }
  state.groups = unique(p.getAll("g")).map(decodeOpening).filter((o) => o !== null);
  state.partners = unique(p.getAll("pp"));
  state.changes = changeWindow(p.get("cf"), p.get("ct"));
  state.evidence = { minSources: parseMinSources(p.get("ms")), statedOnly: p.get("so") === "1" };
  const size = p.get("sz");
  if (size !== null && oneOf<SizeMeasure>(SIZE_MEASURES, size)) state.size = size;
  state.communities = p.get("cc") === "1";
  state.asOf = asOfDay(p.get("ao"));
  return state;
}

/** The browser's preferred language if the client speaks it. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if (oneOf<Language>(LANGUAGES, base)) return base;
  }
  return "en";
}
