// User-facing text for any failure: ApiError kinds map to translated messages; the server's words are details.

import { ApiError } from "../api/errors";
import type { I18n } from "../i18n/i18n";

export interface ErrorText {
  message: string;
  details: readonly string[];
}

export function errorText(error: unknown, i18n: I18n): ErrorText {
  if (error instanceof ApiError) return { message: i18n.t(`error.${error.kind}`), details: error.details };
  const detail = error instanceof Error ? error.message : String(error);
  return { message: i18n.t("error.unexpected"), details: detail ? [detail] : [] };
}

/** True for a request the caller cancelled on purpose (not to be shown). */
export function isAbort(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === "AbortError";
}
