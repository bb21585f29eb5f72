import { describe, expect, it } from "vitest";
import type { DatedChanges } from "../../src/api/changes-types";
import type { ChangeWindow } from "../../src/graph/changes";
import { I18n } from "../../src/i18n/i18n";
import { ChangesPanel } from "../../src/ui/changes-panel";
import { cnes, jaxa, mou, partialDate } from "../fixtures";

const answer: DatedChanges = {
  from: "2025-06-01",
  to: "2025-06-30",
  undated: 2,
  truncated: false,
  items: [
    {
      kind: "AGREEMENT",
      node: mou,
      other: null,
      through: null,
      date: partialDate("2025-06-11", "DAY"),
      uncertain: false,
      citations: [],
    },
    {
      kind: "PARTNER_PAIR",
      node: cnes,
      other: jaxa,
      through: mou,
      date: partialDate("2025", "YEAR"),
      uncertain: true,
      citations: [],
    },
  ],
};

function panel(initial: ChangeWindow | null, inGraph: string[] = [mou.id]) {
  const asked: ChangeWindow[] = [];
  const opened: string[] = [];
  const changes = new ChangesPanel(
    () => new I18n("en"),
    {
      show: async (window) => {
        asked.push(window);
        return answer;
      },
      clear: () => undefined,
      open: (entity) => opened.push(entity.id),
      isInGraph: (id) => inGraph.includes(id),
    },
    initial,
  );
  return { changes, asked, opened };
}

describe("ChangesPanel", () => {
  it("lists what appeared with its date at its precision, says which may lie outside and which the graph highlights", async () => {
    const { changes, asked, opened } = panel({ from: "2025-06-01", to: "2025-06-30" });

    await changes.run();

    expect(asked).toEqual([{ from: "2025-06-01", to: "2025-06-30" }]);
    const items = [...changes.element.querySelectorAll(".change")];
    expect(items.map((i) => i.querySelector(".change-kind")?.textContent)).toEqual(["Agreement", "New partners"]);
    expect(items[0]?.classList.contains("change-in-graph")).toBe(true);
    expect(items[1]?.querySelector(".change-uncertain")).not.toBeNull();
    expect(items[1]?.querySelector(".change-date")?.textContent).toBe("2025");
    expect(items[1]?.textContent).toContain("through JAXA–CNES MoU");
    expect(changes.element.querySelector(".changes-summary")?.textContent).toContain("2 appeared");
    expect(changes.element.querySelector(".changes-undated")?.textContent).toContain(
      "2 agreements and events have no date",
    );
    items[1]?.querySelector<HTMLButtonElement>(".change-open")?.click();
    expect(opened).toEqual([cnes.id]);
  });

  it("asks for two days before asking the server", async () => {
    const { changes, asked } = panel(null);

    await changes.run();

    expect(asked).toEqual([]);
    expect(changes.element.querySelector("[role=alert]")?.textContent).toBe("Give two days.");
  });
});
