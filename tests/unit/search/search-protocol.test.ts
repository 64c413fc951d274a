import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/html";
import { computeSearchDocuments } from "@/lib/search/search-documents";
import { createSearchHandler } from "@/lib/search/search-protocol";
import { makeBriefing, russiaUkraine } from "../helpers";

const documents = () =>
  computeSearchDocuments(
    [russiaUkraine],
    ["Shelling in Kharkiv.", "Drones over Odesa."].map((text, i) =>
      makeBriefing(`2024-01-0${i + 1}`, {
        sections: [
          { key: "battlefield", heading: "Battlefield", items: [{ id: "battlefield-1", html: escapeHtml(text), text, cites: [] }] },
        ],
      }),
    ),
  );
const query = (id: number, q: string) => ({ type: "query" as const, id, query: { q }, timeLimitMs: 500 });

describe("the search worker's handler", () => {
  it("says it is not ready before its first documents, then answers from them with their generation", () => {
    const handle = createSearchHandler();
    expect(handle(query(1, "kharkiv"))).toEqual({ type: "answer", id: 1, generation: -1, answer: { refused: "not-ready" } });
    const loaded = handle({ type: "load", generation: 7, documents: documents() });
    expect(loaded).toMatchObject({ type: "loaded", generation: 7, stats: { documents: 4, postings: expect.any(Number) } });
    expect(handle(query(2, "kharkiv"))).toMatchObject({ id: 2, generation: 7, answer: { total: 1, results: [{ date: "2024-01-01" }] } });
  });

  it("follows new documents: the next load replaces the index", () => {
    const handle = createSearchHandler();
    handle({ type: "load", generation: 1, documents: documents() });
    const changed = computeSearchDocuments([russiaUkraine], [makeBriefing("2024-01-03", { summary: "Talks in Geneva." })]);
    handle({ type: "load", generation: 2, documents: changed });
    expect(handle(query(1, "kharkiv"))).toMatchObject({ generation: 2, answer: { total: 0 } });
    expect(handle(query(2, "geneva"))).toMatchObject({ generation: 2, answer: { total: 1 } });
  });

  it("the test-only delay blocks the thread for the slow word and the query comes back as too slow", () => {
    const handle = createSearchHandler({ testDelay: { word: "slowpoke", ms: 600 } });
    handle({ type: "load", generation: 1, documents: documents() });
    const start = performance.now();
    expect(handle(query(1, "slowpoke kharkiv"))).toMatchObject({ answer: { refused: "too-slow" } });
    expect(performance.now() - start).toBeGreaterThanOrEqual(590);
    expect(handle(query(2, "kharkiv"))).toMatchObject({ answer: { total: 1 } }); // other words are not delayed
  });
});
