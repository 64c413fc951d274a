import { SEARCH_BUDGET } from "@/lib/search/search-budget";
import type { SearchRefusal } from "@/lib/search/search-types";

const NOTICES: Record<SearchRefusal, { heading: string; advice: string }> = {
  "too-long": {
    heading: "Your search is too long",
    advice: `Searches are limited to ${SEARCH_BUDGET.maxLength} characters. Keep the few words that matter most.`,
  },
  "too-many-words": {
    heading: "Your search has too many words",
    advice: `Searches are limited to ${SEARCH_BUDGET.maxWords} words. Keep the few that matter most.`,
  },
  "too-slow": {
    heading: "This search took too long",
    advice: "Try fewer words, or more specific ones: a place or a name rather than a common word.",
  },
  busy: {
    heading: "Search is busy",
    advice: "Too many searches are waiting right now. Try again in a moment.",
  },
  "not-ready": {
    heading: "Search is starting up",
    advice: "The index of every briefing is still being built. Try again in a few seconds.",
  },
  unavailable: {
    heading: "Search is unavailable for a moment",
    advice: "Search stopped and is being restarted. Try again in a few seconds.",
  },
};

/** Why a search shows no results but a message: over the query budget, or search not able to answer now. */
export function SearchNotice({ reason }: { reason: SearchRefusal }) {
  const { heading, advice } = NOTICES[reason];
  return (
    <div data-testid="search-refused" data-reason={reason}>
      <h2 id="results-heading" className="font-serif text-2xl font-semibold">
        {heading}
      </h2>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">{advice}</p>
    </div>
  );
}
