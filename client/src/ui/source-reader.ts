// The reader view: a citation opens its article in a dialog, with the quoted sentence marked (<mark>) and scrolled
// into view, and what is known of the article: title, publisher (saying when it is inferred), publication or update
// date and date note, language and address.

import type { ExplorerApi } from "../api/explorer-api";
import type { Citation, Passage, SourceText } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren, type Child } from "./dom";
import { publisherWithMarker } from "./evidence";
import { errorText, isAbort } from "./error-text";

/** The text split around the passage: before, the passage itself, after. Null when the passage is not inside the text. */
export function splitAtPassage(text: string, passage: Passage | null | undefined): [string, string, string] | null {
  if (!passage || passage.start < 0 || passage.end > text.length || passage.start >= passage.end) return null;
  return [text.slice(0, passage.start), text.slice(passage.start, passage.end), text.slice(passage.end)];
}

export class SourceReader {
  readonly element: HTMLDialogElement;
  private request: AbortController | null = null;

  constructor(
    private readonly api: ExplorerApi,
    private readonly i18n: () => I18n,
  ) {
    this.element = h("dialog", { className: "source-reader", "aria-labelledby": "reader-heading" });
    this.element.addEventListener("close", () => this.request?.abort());
  }

  /** Opens the citation's article, loading its text, with the quoted passage marked. */
  async open(citation: Citation): Promise<void> {
    this.request?.abort();
    const controller = new AbortController();
    this.request = controller;
    const i18n = this.i18n();
    this.show(h("h2", { id: "reader-heading" }, citation.source.title), h("p", { role: "status" }, i18n.t("reader.loading")));
    try {
      const source = await this.api.sourceText(citation.source.id, controller.signal);
      if (controller.signal.aborted) return;
      this.show(...this.article(source ?? { ...citation.source, publisherInferred: citation.source.publisherInferred ?? false, publisherNote: null, text: null }, citation, i18n));
      this.element.querySelector("mark")?.scrollIntoView?.({ block: "center" });
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      const { message } = errorText(error, i18n);
      this.show(h("h2", { id: "reader-heading" }, citation.source.title), h("p", { role: "alert", className: "error-box" }, message));
    }
  }

  close(): void {
    if (!this.element.open) return;
    if (typeof this.element.close === "function") this.element.close();
    else this.element.removeAttribute("open");
  }

  private show(...content: Child[]): void {
    const i18n = this.i18n();
    const close = h("button", { type: "button", className: "icon-button reader-close", "aria-label": i18n.t("reader.close"), title: i18n.t("reader.close"), onclick: () => this.close() }, "×");
    replaceChildren(this.element, close, ...content);
    if (this.element.open) return;
    // Where dialogs are not modal-capable (older engines, jsdom), the view still opens, without the backdrop.
    if (typeof this.element.showModal === "function") this.element.showModal();
    else this.element.setAttribute("open", "");
  }

  private article(source: SourceText, citation: Citation, i18n: I18n): Child[] {
    const lang = source.language ?? undefined;
    const parts = source.text === null ? null : splitAtPassage(source.text, citation.passage);
    const body = source.text === null
      ? h("p", { className: "muted" }, i18n.t("reader.noText"))
      : h("div", { className: "reader-text", lang },
        ...(parts ? [parts[0], h("mark", {}, parts[1]), parts[2]] : [source.text]));
    return [
      h("h2", { id: "reader-heading", lang }, source.title),
      h("dl", { className: "properties reader-meta" }, this.metadata(source, i18n).map(([label, value]) => [h("dt", {}, label), h("dd", {}, value)])),
      citation.quote && !parts && source.text !== null ? h("p", { role: "note", className: "muted" }, i18n.t("reader.notLocated")) : null,
      body,
    ];
  }

  private metadata(source: SourceText, i18n: I18n): [string, Child][] {
    const rows: [string, Child][] = [];
    if (source.publisher) {
      rows.push([i18n.t("reader.publisher"), publisherWithMarker(source, i18n)]);
    }
    if (source.publisherInferred || (!source.publisher && source.publisherNote)) {
      if (source.publisherNote) rows.push([i18n.t("reader.publisherNote"), h("span", { lang: source.language ?? undefined }, source.publisherNote)]);
    }
    if (source.published) rows.push([i18n.t("reader.published"), i18n.partialDate(source.published)]);
    if (source.updated) rows.push([i18n.t("reader.updated"), i18n.partialDate(source.updated)]);
    if (source.dateNote) rows.push([i18n.t("reader.dateNote"), h("span", { lang: source.language ?? undefined }, source.dateNote)]);
    if (source.language) rows.push([i18n.t("reader.language"), languageName(source.language, i18n)]);
    if (source.url) rows.push([i18n.t("reader.url"), h("a", { href: source.url, target: "_blank", rel: "noopener noreferrer" }, source.url)]);
    return rows;
  }
}

function languageName(code: string, i18n: I18n): string {
  try {
    return new Intl.DisplayNames([i18n.language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
