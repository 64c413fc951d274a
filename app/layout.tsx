import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { PageScript } from "@/components/page-script";
import { SiteHeader } from "@/components/site-header";
import { ThemeScript } from "@/components/theme-script";
import { getSiteView } from "@/lib/content";
import { buildFeedAlternates } from "@/lib/publish/metadata";
import { getSiteUrl, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(getSiteUrl()),
  title: { default: `${SITE_NAME}: daily conflict briefings`, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  // Pages replace this with their own (canonical + feeds); it keeps feeds discoverable on the 404 page too.
  alternates: { types: buildFeedAlternates() },
};

/**
 * Pages are prerendered (or rendered on first request) and kept until the content changes:
 * the content monitor (lib/content/monitor.ts) then has them rendered again, within a second,
 * and a scheduled day's timer does the same when it falls due. There is no time-based
 * regeneration: under load, a burst of requests finding pages past a 15 s window queued behind
 * their regeneration (README, "Where the performance targets stand"). Their Cache-Control for a CDN
 * (15 s, then revalidate) comes from lib/cache-control.mjs.
 */
export const revalidate = false;

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0a0a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const { conflicts } = getSiteView();
  return (
    // ThemeScript sets data-theme before React hydrates; suppressHydrationWarning allows that one difference.
    <html lang={SITE_LANGUAGE} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white font-sans text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-10 focus:rounded focus:bg-amber-300 focus:px-4 focus:py-2 focus:text-neutral-950"
        >
          Skip to content
        </a>
        <SiteHeader conflicts={conflicts} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
          {children}
        </main>
        <SiteFooter />
        <PageScript />
      </body>
    </html>
  );
}
