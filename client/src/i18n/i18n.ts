// Message lookup and Intl formatting for the chosen language.

import type { DatePrecision, DateQualifier, PartialDate } from "../api/types";
import type { Language } from "../state/view-state";
import { en, type MessageKey } from "./en";
import { fr } from "./fr";
import { ja } from "./ja";
import type { LocalizedNames } from "../api/types";
import { formatDate, formatDateRange, formatPartialDate, formatPartialRange } from "./dates";

export { formatDate, formatDateRange } from "./dates";

export type { MessageKey } from "./en";

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, fr, ja };

export type Params = Record<string, string | number>;

/** The language of the source articles, and so of the statements of the facts they give (cypher/sources). */
export const SOURCES_LANGUAGE = "fr";

/** The families of enum labels (message keys `family.VALUE`). */
export type EnumFamily = "entityType" | "entityTypes" | "organizationKind" | "agreementKind" | "eventKind" | "placeKind" | "factKind";

/** Replaces `{name}` with the parameter; numbers are formatted for the language. Unknown names stay visible. */
export function interpolate(template: string, params: Params | undefined, language: Language): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, language) : value;
  });
}

/** The placeholders a template uses, sorted (tests compare them across languages). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/** The translator for one language. */
export class I18n {
  constructor(readonly language: Language) {}

  t(key: MessageKey, params?: Params): string {
    return interpolate(MESSAGES[this.language][key], params, this.language);
  }

  /** Label of an enum value, e.g. `entityType`, `ORGANIZATION`; falls back to the raw value for unknown ones. */
  enumLabel(family: EnumFamily, value: string): string {
    const key = `${family}.${value}`;
    const messages = MESSAGES[this.language] as Record<string, string>;
    return messages[key] ?? value.replace(/_/g, " ").toLowerCase();
  }

  /** Label for a GraphNode's subkind, whichever enum it belongs to. */
  kindLabel(entityType: string, kind: string | null): string {
    if (!kind) return "";
    const family =
      entityType === "ORGANIZATION" ? "organizationKind"
        : entityType === "AGREEMENT" ? "agreementKind"
          : entityType === "EVENT" ? "eventKind"
            : entityType === "PLACE" ? "placeKind"
              : entityType === "FACT" ? "factKind"
                : null;
    return family ? this.enumLabel(family, kind) : kind;
  }

  /**
   * Label of a relationship in this language. The server's `label` is English and is never shown: a type added
   * server-side that this client does not know yet reads "related to" in the reader's language.
   */
  relationLabel(type: string): string {
    return (MESSAGES[this.language] as Record<string, string>)[`relation.${type}`] ?? this.t("graph.relatedTo");
  }

  date(iso: string | null | undefined, precision?: DatePrecision | null): string {
    return formatDate(iso, precision, this.language);
  }

  dateRange(start: string | null, end: string | null, precision: DatePrecision | null): string {
    return formatDateRange(start, end, precision, this.language);
  }

  /** A source's publisher as a reader is told it: "Le Monde", or "Le Monde (publisher inferred)" when deduced; null when none. */
  publisher(source: { publisher: string | null; publisherInferred?: boolean }): string | null {
    if (!source.publisher) return null;
    return source.publisherInferred ? `${source.publisher} (${this.t("evidence.publisherInferred")})` : source.publisher;
  }

  /** A date at the precision its source gives, with the part of the month or year it names: "end of May 2025". */
  partialDate(date: PartialDate | null | undefined): string {
    return formatPartialDate(date, this.language, this.qualify);
  }

  /** An event's dates at their precision: "12–19 April 2025", "end of May 2025 – July 2025". */
  partialRange(start: PartialDate | null | undefined, end: PartialDate | null | undefined): string {
    return formatPartialRange(start, end, this.language, this.qualify);
  }

  /** When a relationship holds, at its dates' precision: "since 1927", "since 2008, until 2020", "as of June 2024"; "" without dates. */
  period(since: PartialDate | null | undefined, until: PartialDate | null | undefined, asOf: PartialDate | null | undefined = null): string {
    return [
      since ? this.t("panel.since", { date: this.partialDate(since) }) : null,
      until ? this.t("panel.until", { date: this.partialDate(until) }) : null,
      asOf ? this.t("panel.asOf", { date: this.partialDate(asOf) }) : null,
    ].filter((part): part is string => part !== null).join(", ");
  }

  private readonly qualify = (qualifier: DateQualifier, date: string): string => this.t(`dateQualifier.${qualifier}`, { date });

  /**
   * A figure as an article states it: `more than €2,500,000`, `about 40 companies`, `rank 3`. Units and qualifiers
   * this client does not know are shown as the server gives them.
   */
  quantity(value: number, unit: string | null, qualifier: string | null): string {
    const messages = MESSAGES[this.language] as Record<string, string>;
    const amount = unit !== null && /^[A-Z]{3}$/.test(unit)
      ? new Intl.NumberFormat(this.language, { style: "currency", currency: unit, maximumFractionDigits: 0 }).format(value)
      : interpolate(messages[`factUnit.${unit ?? ""}`] ?? (unit ? `{value} ${unit}` : "{value}"), { value }, this.language);
    const before = qualifier ? messages[`factQualifier.${qualifier}`] ?? qualifier.replace(/_/g, " ") : null;
    // A qualifier whose template places the amount (Japanese: `{amount}以上`) is not a prefix.
    if (before?.includes("{amount}")) return before.replace("{amount}", amount);
    return before ? `${before} ${amount}` : amount;
  }

  number(value: number): string {
    return formatNumber(value, this.language);
  }

  // ---- evidence-languages: data shown in the interface language, never as a raw code

  /** An entity's name in this language where the graph records one, else its original `name` (or `label`). */
  name(entity: { name?: string; label?: string; names?: LocalizedNames | null }): string {
    return entity.names?.[this.language] ?? entity.name ?? entity.label ?? "";
  }

  /** Whether `name()` gives the entity's original name (so the page marks it with the language it is in). */
  isOriginalName(entity: { names?: LocalizedNames | null }): boolean {
    return !entity.names?.[this.language];
  }

  /**
   * The language to mark `name()` with, when it is not the interface's: a key figure shown by its statement, which is
   * the articles' own words (French, the language of every source). Undefined for any other name. Every place that
   * shows a name (details, list, tooltip, search, exports) marks it with this, so a screen reader and a reader of
   * another interface language know whose words these are.
   */
  nameLanguage(entity: { entityType: string; names?: LocalizedNames | null }): string | undefined {
    return entity.entityType === "FACT" && this.isOriginalName(entity) ? SOURCES_LANGUAGE : undefined;
  }

  /** An agreement's status (`signed`, `concluded`, `active`); a status this client does not know is shown as stored. */
  statusLabel(status: string): string {
    return (MESSAGES[this.language] as Record<string, string>)[`agreementStatus.${status}`] ?? status;
  }

  /**
   * A party's or participant's role as its source (French) states it, in this language. A role this client has no
   * translation for is shown as the source words it (tests/i18n/display.test.ts keeps every role of the seed scripts
   * translated).
   */
  roleLabel(role: string): string {
    return (MESSAGES[this.language] as Record<string, string>)[`role.${role}`] ?? role;
  }

  /** Whether `roleLabel` has a translation of this role (else the page shows the source's words, marked as French). */
  knowsRole(role: string): boolean {
    return `role.${role}` in MESSAGES[this.language];
  }

  /** A language code (`fr`, `ja`) as the name of that language in this one (`French`, `フランス語`), through Intl. */
  languageName(code: string): string {
    try {
      return new Intl.DisplayNames([this.language], { type: "language", fallback: "code" }).of(code) ?? code;
    } catch {
      return code;
    }
  }
}
