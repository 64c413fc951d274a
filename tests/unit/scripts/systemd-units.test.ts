import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withHeapCeiling } from "../../../scripts/server-memory.mjs";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/** A unit file's settings by section, each key with every value it is given. */
function readUnit(name: string): Record<string, Record<string, string[]>> {
  const sections: Record<string, Record<string, string[]>> = {};
  let current: Record<string, string[]> = {};
  for (const line of fs.readFileSync(path.join(ROOT, "deploy", name), "utf8").split("\n")) {
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) sections[header[1]!] = current = {};
    const setting = /^(\w+)=(.*)$/.exec(line);
    if (setting) (current[setting[1]!] ??= []).push(setting[2]!);
  }
  return sections;
}

/** The production section of the README: how the units are installed. */
const production = README.slice(README.indexOf("## Production"), README.indexOf("\n## ", README.indexOf("## Production") + 1));

describe("the systemd units (deploy/*.service)", () => {
  const app = readUnit("daybook-app.service");
  const nginx = readUnit("daybook-nginx.service");

  it("restart the app and nginx whatever happens, and never give up", () => {
    for (const unit of [app, nginx]) {
      expect(unit.Service?.Restart).toEqual(["always"]);
      expect(unit.Service?.RestartSec).toEqual(["1s"]);
      expect(unit.Unit?.StartLimitIntervalSec).toEqual(["0"]);
      expect(unit.Install?.WantedBy).toEqual(["multi-user.target"]);
    }
  });

  it("run the app server on the loopback port that nginx's configuration points at", () => {
    const [start] = app.Service?.ExecStart ?? [];
    expect(start).toBe("/usr/bin/node /srv/daybook/scripts/app-server.mjs -p 3001 -H 127.0.0.1");
    expect(fs.existsSync(path.join(ROOT, "scripts/app-server.mjs"))).toBe(true);
    expect(app.Service?.Environment).toContain("NODE_ENV=production");
    // The same heap ceiling as npm start and npm run start:production.
    expect(app.Service?.Environment).toContain(`NODE_OPTIONS=${withHeapCeiling()}`);
    expect(nginx.Service?.ExecStart).toEqual(['/usr/sbin/nginx -c /etc/daybook/nginx.conf -g "daemon off;"']);
    expect(nginx.Unit?.Wants).toEqual(["daybook-app.service"]);
  });

  it("are installed as the README says: the same files, the same configuration path and port", () => {
    for (const file of ["deploy/daybook-app.service", "deploy/daybook-nginx.service"]) expect(production).toContain(file);
    expect(production).toContain("UPSTREAM_PORT=3001");
    expect(production).toContain("--write-config /etc/daybook/nginx.conf");
    expect(production).toContain("systemctl enable --now daybook-app daybook-nginx");
  });
});
