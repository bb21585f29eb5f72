// A fetch fake: records requests and answers from a queue of canned responses or failures.

import type { FetchLike } from "../../src/api/client";

export interface RecordedRequest {
  url: string;
  init: RequestInit;
  body: { query: string; operationName: string; variables: Record<string, unknown> };
}

type Answer = { status?: number; json?: unknown; text?: string } | Error | "hang";

export class FakeFetch {
  readonly requests: RecordedRequest[] = [];
  private readonly answers: Answer[] = [];

  answer(...answers: Answer[]): this {
    this.answers.push(...answers);
    return this;
  }

  readonly fetch: FetchLike = (url, init) => {
    this.requests.push({ url, init, body: JSON.parse(String(init.body)) as RecordedRequest["body"] });
    const answer = this.answers.shift();
    if (answer === undefined) return Promise.reject(new Error("FakeFetch: no answer queued"));
    if (answer instanceof Error) return Promise.reject(answer);
    if (answer === "hang") {
      return new Promise((_, reject) => {
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    }
    const body = answer.text ?? JSON.stringify(answer.json);
    return Promise.resolve(new Response(body, { status: answer.status ?? 200, headers: { "Content-Type": "application/json" } }));
  };
}
