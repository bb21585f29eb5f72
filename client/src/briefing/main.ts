// Entry point of briefing.html: the printable briefing pack of the view its address describes (the explorer's own
// query string), or with `brief=counterpart` the counterpart brief of the organisation `e`. When the document is
// complete the root element gets `data-briefing-state="ready"` (or "failed"): the server's PDF rendering and the
// browser tests wait for it. With `brief=gaps` it is the list of gaps worth a follow-up.

import "./briefing.css";
import { GraphQLClient } from "../api/client";
import { ExplorerApi } from "../api/explorer-api";
import { I18n } from "../i18n/i18n";
import { decodeViewState, encodeViewState, preferredLanguage } from "../state/url-state";
import { h, replaceChildren } from "../ui/dom";
import { errorText } from "../ui/error-text";
import { loadCounterpart, loadViewPack } from "./briefing-data";
import { renderCounterpartBrief } from "./counterpart-brief";
import { renderGapsList } from "./gaps-list";
import { renderViewPack, type PackContext } from "./view-pack";

const root = document.getElementById("briefing");

/** The gaps the printable list shows at most (the seed graph has a few hundred). */
const GAPS_LISTED = 2000;

function explorerLink(query: string): string {
  const url = new URL("./", location.href);
  url.search = query;
  return url.toString();
}

/**
 * The server's PDF printer reads as the user who asked for the pack through a short-lived ticket in the page's address
 * (when sign-in is required): it is sent back as a header and taken out of the address, so no link of the pack shows it.
 */
function takePrintTicket(): Record<string, string> {
  const params = new URLSearchParams(location.search);
  const ticket = params.get(PRINT_TICKET_PARAMETER);
  if (!ticket) return {};
  params.delete(PRINT_TICKET_PARAMETER);
  const rest = params.toString();
  history.replaceState(null, "", location.pathname + (rest ? `?${rest}` : "") + location.hash);
  return { [PRINT_TICKET_HEADER]: ticket };
}

/** Agreed with the server (src/GraphExplorer.Server/Access/PrintTickets.cs). */
const PRINT_TICKET_PARAMETER = "printTicket";
const PRINT_TICKET_HEADER = "X-GraphExplorer-Print-Ticket";

async function start(main: HTMLElement): Promise<void> {
  const printTicket = takePrintTicket();
  const state = decodeViewState(location.search, preferredLanguage(navigator.languages ?? [navigator.language]));
  const brief = new URLSearchParams(location.search).get("brief");
  const counterpart = brief === "counterpart";
  const i18n = new I18n(state.language);
  document.documentElement.lang = state.language;
  document.title = i18n.t(counterpart ? "briefing.counterpartAction" : brief === "gaps" ? "gaps.title" : "briefing.action");
  const endpoint = (import.meta.env["VITE_GRAPHQL_URL"] as string | undefined) ?? "/graphql";
  const api = new ExplorerApi(new GraphQLClient({ endpoint, headers: printTicket }));
  const pdf = new URL("briefing.pdf", location.href);
  pdf.search = location.search;
  const toolbar = h("nav", { className: "briefing-toolbar", "aria-label": i18n.t("briefing.action") },
    h("button", { type: "button", onclick: () => window.print() }, i18n.t("briefing.print")),
    h("a", { href: pdf.toString(), className: "button" }, i18n.t("briefing.pdf")));
  replaceChildren(main, toolbar, h("p", { role: "status" }, i18n.t("briefing.loading")));
  const context: Omit<PackContext, "permalink"> = { endpoint: new URL(endpoint, location.href).toString(), today: new Date().toISOString().slice(0, 10) };
  try {
    let document_: HTMLElement;
    if (brief === "gaps") {
      const gaps = await api.gaps(GAPS_LISTED);
      document_ = renderGapsList(gaps, i18n, { ...context, explorerLink: (id) => explorerLink(encodeViewState({ ...state, focus: id, expanded: [id], hidden: [], path: null })) });
    } else if (counterpart && state.focus) {
      const data = await loadCounterpart(api, state.focus);
      const permalink = explorerLink(encodeViewState({ ...state, expanded: [state.focus], hidden: [], path: null }));
      document_ = data
        ? renderCounterpartBrief(data, i18n, { ...context, permalink })
        : h("p", { role: "alert" }, i18n.t("briefing.notOrganization", { id: state.focus }));
    } else {
      const data = await loadViewPack(api, state);
      document_ = renderViewPack(data, i18n, { ...context, permalink: explorerLink(encodeViewState(state)) });
    }
    replaceChildren(main, toolbar, document_);
    document.title = main.querySelector("h1")?.textContent ?? document.title;
    main.dataset["briefingState"] = "ready";
  } catch (error) {
    const { message, details } = errorText(error, i18n);
    replaceChildren(main, toolbar, h("div", { role: "alert", className: "error-box" },
      h("p", {}, h("strong", {}, i18n.t("briefing.failed")), " ", message),
      details.length > 0 ? h("p", { className: "details" }, details.join("; ")) : null));
    main.dataset["briefingState"] = "failed";
  }
}

if (root) void start(root);
