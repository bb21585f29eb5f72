// Dates at the precision their sources give, in the interface language: the one home of date formatting and of
// the interval a date stands for. Every view and export that writes a date goes through here.
//
// A PartialDate (schema type) is the first day of what the source says plus a precision (DAY, MONTH, YEAR) and
// maybe a qualifier (EARLY/MID/LATE of a month, a season of a year): "June 2024", "2025", "end of May 2025".
// It stands for the interval earliest–latest (the whole month or year); filters and the time slider compare that
// interval, never the first day alone (see the API's DateMatch).

import type { DatePrecision, DateQualifier, IsoDate, PartialDate } from "../api/types";
import type { Language } from "../state/view-state";

/** Writes a qualified date from the plain one: `end of {date}` → "end of May 2025". Supplied by I18n. */
export type QualifierWording = (qualifier: DateQualifier, date: string) => string;

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

/** A PartialDate at its precision, with the part of the month or year the source names: "end of May 2025". */
export function formatPartialDate(date: PartialDate | null | undefined, language: Language, qualify: QualifierWording): string {
  if (!date) return "";
  const plain = formatDate(date.value, date.precision, language);
  return date.qualifier ? qualify(date.qualifier, plain) : plain;
}

/** An event's dates: one date, a day range left to Intl ("12–19 April 2025"), or "end of May 2025 – July 2025". */
export function formatPartialRange(start: PartialDate | null | undefined, end: PartialDate | null | undefined, language: Language, qualify: QualifierWording): string {
  if (!start) return "";
  if (!end || (end.value === start.value && end.precision === start.precision && !start.qualifier)) return formatPartialDate(start, language, qualify);
  if (!start.qualifier && start.precision === end.precision) return formatDateRange(start.value, end.value, start.precision, language);
  return `${formatPartialDate(start, language, qualify)} – ${formatPartialDate(end, language, qualify)}`;
}

/** The days a date (or an event from `start` to `end`) may stand for: from the start of its first to the end of its last interval. */
export function dateInterval(start: PartialDate, end?: PartialDate | null): { earliest: IsoDate; latest: IsoDate } {
  return { earliest: start.earliest, latest: (end ?? start).latest };
}

/** Compares two dates by the start of their interval, then precision (finer first): the API's order. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

const PRECISION_RANK: Record<DatePrecision, number> = { DAY: 0, MONTH: 1, YEAR: 2 };

/** The year an interval bound falls in. */
export function yearOf(iso: IsoDate): number {
  return Number.parseInt(iso.slice(0, 4), 10);
}
