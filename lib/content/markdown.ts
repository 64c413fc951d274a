import MarkdownIt from "markdown-it";
import { escapeHtml } from "@/lib/html";
import type { Env, Token } from "markdown-it";
import { CITATION_TOKEN } from "./citation-markers";

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** The scheme of a URL ("javascript"), or undefined for a relative URL. */
export function getUrlScheme(url: string): string | undefined {
  // Browsers ignore control characters and whitespace inside a scheme, so strip them first.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/** True when a link or image URL is relative or uses http, https or mailto. */
export function isSafeUrl(url: string): boolean {
  const scheme = getUrlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/**
 * The one Markdown parser. It recognises raw HTML and every link so the validator
 * can report them, while its renderer escapes HTML and drops unsafe URLs anyway:
 * nothing reaches a page as executable markup even if validation were bypassed.
 */
export const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
markdown.validateLink = () => true;

markdown.renderer.rules.html_block = (tokens, idx) => `<p>${escapeHtml(tokens[idx]?.content ?? "")}</p>`;
markdown.renderer.rules.html_inline = (tokens, idx) => escapeHtml(tokens[idx]?.content ?? "");

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = token?.attrGet("href");
  if (token && href !== null && href !== undefined && !isSafeUrl(String(href))) {
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== "href");
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

const defaultImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const src = token?.attrGet("src");
  if (token && src !== null && src !== undefined && !isSafeUrl(String(src))) return escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
  return defaultImage(tokens, idx, options, env, self);
};

type CitationNumbers = ReadonlyMap<string, { number: number; name: string }>;

/** What the renderer needs to draw citations: each cited source id's number and name. */
export interface RenderEnv extends Env {
  citations?: CitationNumbers;
}

function getCitationNumbers(env: Env | undefined): CitationNumbers | undefined {
  const value = env?.citations;
  return value instanceof Map ? value : undefined;
}

/**
 * A citation token (see citation-markers.ts) becomes one numbered superscript
 * link per cited source, to its entry in the page's sources list, named for
 * screen readers ("Source 2: Reuters"); adjacent ones are separated by commas.
 */
markdown.renderer.rules[CITATION_TOKEN] = (tokens, idx, _options, env) => {
  const numbers = getCitationNumbers(env);
  const ids = (tokens[idx]?.content ?? "").split(" ");
  return ids
    .flatMap((id) => {
      const source = numbers?.get(id);
      if (!source) return [];
      const label = escapeHtml(`Source ${source.number}: ${source.name}`);
      return [`<sup><a href="#source-${source.number}" aria-label="${label}">${source.number}</a></sup>`];
    })
    .join('<sup aria-hidden="true">,</sup>');
};

/** Renders a run of block tokens to safe HTML. */
export function renderBlocks(tokens: Token[], env: RenderEnv = {}): string {
  return markdown.renderer.render(tokens, markdown.options, env).trim();
}

/** Renders inline tokens (a paragraph's content) to safe HTML. */
export function renderInline(tokens: Token[], env: RenderEnv = {}): string {
  return markdown.renderer.renderInline(tokens, markdown.options, env);
}

/** The plain text of a run of tokens, for search, feeds and checks. */
export function getPlainText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === "text" || token.type === "code_inline" || token.type === "html_inline") parts.push(token.content);
      else if (token.type === "softbreak" || token.type === "hardbreak") parts.push(" ");
      else if (token.type === "fence" || token.type === "code_block" || token.type === "html_block") parts.push(token.content, " ");
      else if (token.type === "paragraph_close" || token.type === "list_item_close" || token.type === "th_close" || token.type === "td_close") parts.push(" ");
      if (token.children) walk(token.children);
    }
  };
  walk(tokens);
  return parts.join("").replace(/\s+/g, " ").trim();
}
