// `npm start`: serves the production build on PORT (default 3000), building first when there is none,
// with the server's heap ceiling (scripts/server-memory.mjs).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { withHeapCeiling } from "./server-memory.mjs";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const port = process.env.PORT || "3000";
const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: "inherit", env, shell: process.platform === "win32" }).status ?? 1;

if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  console.log(`No production build in ${distDir}: building first.`);
  const status = run("npm", ["run", "-s", "build"]);
  if (status !== 0) process.exit(status);
}
process.exit(
  run("node", ["scripts/app-server.mjs", "-p", port], { ...process.env, NODE_OPTIONS: withHeapCeiling(process.env.NODE_OPTIONS) }),
);
