// Message lookup and Intl formatting for the chosen language.

import type { DatePrecision } from "../api/types";
import type { Language } from "../state/view-state";
import { en, type MessageKey } from "./en";
import { fr } from "./fr";
import { ja } from "./ja";
import type { LocalizedNames } from "../api/types";

export type { MessageKey } from "./en";

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, fr, ja };

export type Params = Record<string, string | number>;

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

/** Formats an ISO date as precisely as it is known: `11 June 2025`, `June 2025` or `2025`. Invalid input is returned as is. */
export function formatDate(iso: string | null | undefined, precision: DatePrecision | null | undefined, language: Language): string {
  if (!iso) return "";
  const match = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return iso;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  const effective: DatePrecision = precision ?? (day !== null ? "DAY" : month !== null ? "MONTH" : "YEAR");
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  date.setUTCFullYear(year); // years 0–99 are not shifted to 19xx
  const options: Intl.DateTimeFormatOptions =
    effective === "YEAR" || month === null
      ? { year: "numeric", timeZone: "UTC" }
      : effective === "MONTH" || day === null
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** A date range: `3–5 June 2025`-like output is left to Intl when both ends are days. */
export function formatDateRange(start: string | null, end: string | null, precision: DatePrecision | null, language: Language): string {
  if (!start) return "";
  if (!end || end === start) return formatDate(start, precision, language);
  if ((precision ?? "DAY") === "DAY" && /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end)) {
    const a = new Date(`${start}T00:00:00Z`);
    const b = new Date(`${end}T00:00:00Z`);
    const format = new Intl.DateTimeFormat(language, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    if (!Number.isNaN(a.getTime()) && !Number.isNaN(b.getTime()) && a <= b) return format.formatRange(a, b);
  }
  return `${formatDate(start, precision, language)} – ${formatDate(end, precision, language)}`;
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
   * Label of a relationship: the label of its type in this language when the type is known, else the
   * server's (English) label, so a type added server-side still reads.
   */
  relationLabel(type: string, serverLabel: string): string {
    return (MESSAGES[this.language] as Record<string, string>)[`relation.${type}`] ?? serverLabel;
  }

  date(iso: string | null | undefined, precision?: DatePrecision | null): string {
    return formatDate(iso, precision, this.language);
  }

  dateRange(start: string | null, end: string | null, precision: DatePrecision | null): string {
    return formatDateRange(start, end, precision, this.language);
  }

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
