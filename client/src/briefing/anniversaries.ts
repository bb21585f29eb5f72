// Upcoming anniversaries of dated ties (an agreement's signing, the start of diplomatic relations), at the precision
// of the date they count from: relations dated "1927" have their centenary in "2027", never on a day the source does
// not give.

import type { PartialDate } from "../api/types";

/** The round numbers of years a briefing mentions. */
export const ANNIVERSARY_YEARS = [5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100, 125, 150, 175, 200] as const;

/** How many calendar years ahead of the pack's date anniversaries are listed (the current year included). */
export const ANNIVERSARY_HORIZON_YEARS = 3;

export interface Dated<T> {
  subject: T;
  date: PartialDate;
}

export interface Anniversary<T> {
  subject: T;
  years: number;
  /** The original date moved by `years`, with its precision and qualifier. */
  date: PartialDate;
  /** The date it counts from. */
  since: PartialDate;
}

function shiftYear(iso: string, years: number): string {
  const match = /^(-?\d{4})(.*)$/.exec(iso);
  if (!match) return iso;
  return `${String(Number(match[1]) + years).padStart(4, "0")}${match[2]}`;
}

/** The same date `years` later, at the same precision. */
export function shiftPartialDate(date: PartialDate, years: number): PartialDate {
  return {
    ...date,
    value: shiftYear(date.value, years),
    iso: shiftYear(date.iso, years),
    earliest: shiftYear(date.earliest, years),
    latest: shiftYear(date.latest, years),
    text: null,
    note: null,
  };
}

/**
 * The round anniversaries falling from `today` (ISO date) to the end of the year `horizon` years later, soonest first.
 * One whose interval has wholly passed is left out; one still possibly ahead (a year-precise date in its year) stays.
 */
export function upcomingAnniversaries<T>(items: readonly Dated<T>[], today: string, horizon = ANNIVERSARY_HORIZON_YEARS): Anniversary<T>[] {
  const thisYear = Number(today.slice(0, 4));
  const out: Anniversary<T>[] = [];
  for (const { subject, date } of items) {
    const from = Number(date.value.slice(0, 4));
    for (const years of ANNIVERSARY_YEARS) {
      const year = from + years;
      if (year < thisYear || year > thisYear + horizon) continue;
      const shifted = shiftPartialDate(date, years);
      if (shifted.latest < today) continue;
      out.push({ subject, years, date: shifted, since: date });
    }
  }
  return out.sort((a, b) => (a.date.earliest < b.date.earliest ? -1 : a.date.earliest > b.date.earliest ? 1 : b.years - a.years));
}
