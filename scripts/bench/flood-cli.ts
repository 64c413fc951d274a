// Runs the search flood in a process of its own (so that it does not slow down the
// bench's own measurements) and prints its result as JSON: tsx flood-cli.ts <origin> <connections> <seconds>
import { runSearchFlood } from "./flood";

const [origin = "http://127.0.0.1:3000", connections = "8", seconds = "20"] = process.argv.slice(2);
console.log(JSON.stringify(await runSearchFlood(origin, Number(connections), Number(seconds))));
