/** Debian's nginx, or whichever `nginx` is on the PATH; undefined when there is none. */
export function findNginx(): string | undefined;
/** The security headers of every app response as nginx `add_header … always` lines. */
export function formatSecurityHeaders(indent?: string): string;
/** deploy/nginx.conf.template with its values filled in; throws when one is left. */
export function renderNginxConfig(options: {
  runDir: string;
  host: string;
  port: number;
  upstreamPort: number;
  distDir: string;
  user?: string;
}): string;
/** Creates the folders nginx writes to and copies the error pages; returns the workers' user when run as root. */
export function prepareRunDir(runDir: string): string | undefined;
