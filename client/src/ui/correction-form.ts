// The steward's correction form in the details panel: the entity's main fields, the source that states the
// correction and its quoted sentence (both required), and the server's answer. A refusal (a misquote with the closest
// passage, a validation error, missing rights) is shown in the server's own words and the form stays open with what
// the steward typed; on success the panel reloads the entity.

import type { ExplorerApi } from "../api/explorer-api";
import type { EntityDetails } from "../api/types";
import type { I18n } from "../i18n/i18n";
import { buildCorrection, correctionFields, currentValues, knownSources, type CorrectableType } from "./correction";
import { h, replaceChildren } from "./dom";
import { errorText } from "./error-text";

export interface CorrectionFormActions {
  saved(): void;
  cancel(): void;
}

export function correctionForm(
  api: ExplorerApi,
  i18n: I18n,
  details: EntityDetails & { __typename: CorrectableType },
  actions: CorrectionFormActions,
): HTMLFormElement {
  const before = currentValues(details);
  const controls = new Map<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
  const rows = correctionFields(details.__typename).map((field) => {
    const id = `correction-${field.input}`;
    const value = before[field.input] ?? "";
    const control = field.choices
      ? h(
          "select",
          { id, name: field.input },
          field.choices.values.map((kind) =>
            h("option", { value: kind, selected: kind === value }, i18n.enumLabel(field.choices!.labels, kind)),
          ),
        )
      : field.multiline
        ? h("textarea", { id, name: field.input, rows: 4 }, value)
        : h("input", { id, name: field.input, type: "text", value, required: field.required });
    controls.set(field.input, control);
    return h("p", {}, h("label", { for: id }, i18n.t(field.label)), " ", control);
  });

  const sources = knownSources(details);
  const source = h("input", {
    id: "correction-source",
    name: "source",
    type: "text",
    list: "correction-sources",
    required: true,
    value: sources.length === 1 ? sources[0]!.id : "",
  });
  const quote = h("textarea", { id: "correction-quote", name: "quote", rows: 3, required: true });
  const problems = h("div", { className: "error-box correction-problems", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", className: "primary" }, i18n.t("edit.submit"));

  const showProblems = (lines: readonly string[]) => {
    problems.hidden = lines.length === 0;
    replaceChildren(
      problems,
      lines.map((line) => h("p", {}, line)),
    );
  };

  const form = h(
    "form",
    { className: "correction-form", "aria-label": i18n.t("edit.title", { name: i18n.name(details) }) },
    h("h3", {}, i18n.t("edit.title", { name: i18n.name(details) })),
    rows,
    h("p", {}, h("label", { for: "correction-source" }, i18n.t("edit.source")), " ", source),
    h(
      "datalist",
      { id: "correction-sources" },
      sources.map((s) => h("option", { value: s.id }, s.title)),
    ),
    h("p", {}, h("label", { for: "correction-quote" }, i18n.t("edit.quote")), " ", quote),
    problems,
    h(
      "div",
      { className: "panel-actions" },
      submit,
      h("button", { type: "button", onclick: () => actions.cancel() }, i18n.t("edit.cancel")),
    ),
  );
  form.noValidate = true; // the problems are named in the form's own words, in every language, not by the browser
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const edited: Record<string, string> = {};
    for (const [name, control] of controls) edited[name] = control.value;
    const correction = buildCorrection(details, edited, { source: source.value, quote: quote.value });
    if (!correction.ok) {
      showProblems(correction.problems.map((key) => i18n.t(key)));
      return;
    }
    showProblems([]);
    submit.disabled = true;
    submit.textContent = i18n.t("edit.saving");
    api.correctEntity(correction.type, correction.input).then(
      () => actions.saved(),
      (error: unknown) => {
        const { message, details: serverWords } = errorText(error, i18n);
        showProblems([message, ...serverWords]);
        submit.disabled = false;
        submit.textContent = i18n.t("edit.submit");
      },
    );
  });
  return form;
}
