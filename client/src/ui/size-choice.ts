// The legend's choice of what node size shows (graph/centrality.ts), and what size then means: the measure in
// plain words, what it leaves out, and which node is largest, so a reader can check the picture against a name.

import { SIZE_MEASURES, type SizeMeasure } from "../graph/size-measure";
import type { I18n } from "../i18n/i18n";
import { h, replaceChildren, uid } from "./dom";

/** The largest node for the measure shown: its name in the interface language and its score. */
export interface LargestNode {
  name: string;
  score: number;
}

/**
 * What the legend says size means. Scores of betweenness and PageRank are relative and carry no unit a reader could
 * check, so only the largest node's name is given; a count of ties drawn is given as the whole number it is.
 */
export function sizeLegendLines(
  i18n: I18n,
  measure: SizeMeasure,
  largest: LargestNode | null,
  measuring: boolean,
): string[] {
  const lines = [i18n.t(`size.explain.${measure}`)];
  if (measure !== "recorded") lines.push(i18n.t("size.reference"));
  if (measuring) lines.push(i18n.t("size.measuring"));
  else if (largest !== null && largest.score > 0) {
    lines.push(
      measure === "drawn"
        ? i18n.t("size.largestTies", { name: largest.name, count: largest.score })
        : i18n.t("size.largest", { name: largest.name }),
    );
  }
  return lines;
}

export class SizeChoice {
  readonly element: HTMLElement = h("div", { className: "size-choice" });
  private readonly selectId = uid("size-measure");
  private readonly status: HTMLElement = h("p", { className: "muted small size-legend", role: "status" });
  private measure: SizeMeasure;
  private largest: LargestNode | null = null;
  private measuring = false;

  constructor(
    private readonly i18n: () => I18n,
    initial: SizeMeasure,
    private readonly onChoose: (measure: SizeMeasure) => void,
  ) {
    this.measure = initial;
    this.render();
  }

  /**
   * Says what size shows now: the measure, its largest node (null: none), or that it is being measured. Only the
   * explanation is redrawn, so the list keeps the keyboard's focus.
   */
  show(measure: SizeMeasure, largest: LargestNode | null, measuring: boolean): void {
    this.measure = measure;
    this.largest = largest;
    this.measuring = measuring;
    const select = this.element.querySelector<HTMLSelectElement>("select");
    if (select !== null && select.value !== measure) select.value = measure;
    this.renderStatus();
  }

  render(): void {
    const i18n = this.i18n();
    replaceChildren(
      this.element,
      h(
        "div",
        { className: "size-row" },
        h("label", { for: this.selectId }, i18n.t("size.label")),
        h(
          "select",
          {
            id: this.selectId,
            onchange: (e: Event) => this.onChoose((e.target as HTMLSelectElement).value as SizeMeasure),
          },
          SIZE_MEASURES.map((measure) =>
            h("option", { value: measure, selected: measure === this.measure }, i18n.t(`size.${measure}`)),
          ),
        ),
      ),
      this.status,
    );
    this.renderStatus();
  }

  private renderStatus(): void {
    const lines = sizeLegendLines(this.i18n(), this.measure, this.largest, this.measuring);
    replaceChildren(
      this.status,
      lines.map((line) => h("span", { className: "size-legend-line" }, line)),
    );
  }
}
