import { describe, expect, it } from "vitest";
import { stripClientRuntime } from "@/lib/serve/strip-client-runtime.mjs";

// The shape of a page as Next.js 16 sends it (abridged from a production build of the day page):
// its runtime in <head> and at the end of <body>, our scripts and the page's content between.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/23ochpua7ghcy.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/x.mjs"/>',
  '<link rel="preload" href="/fonts/serif.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/0c1ad7rcpjghx.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<script id="daybook-theme-init">(function(){document.documentElement.setAttribute("data-scripted","")})();</script>',
  "<title>Day 683</title></head><body>",
  '<main id="main"><h1>Day 683</h1><p>Text with &lt;script&gt;alert(1)&lt;/script&gt; typed by an editor.</p>',
  '<script type="application/ld+json">{"headline":"a \\u003c/script> in a headline"}</script></main>',
  '<script id="daybook-page-script">(function(){})();</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\u003c/script>]"])</script>',
  "</body></html>",
].join("");

describe("stripClientRuntime", () => {
  const out = stripClientRuntime(PAGE);

  it("takes out Next.js's scripts, its inline page data and the hints that preload scripts", () => {
    expect(out).not.toContain("/_next/static/chunks/0c1ad7rcpjghx.js");
    expect(out).not.toContain("noModule");
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
    expect(out).not.toMatch(/rel="(preload|modulepreload)"[^>]*(as="script"|\.mjs)/);
    expect(out.match(/<script\b/g)).toHaveLength(3);
  });

  it("keeps our scripts, JSON-LD, the stylesheet, other hints and every character of the content", () => {
    expect(out).toContain('<script id="daybook-theme-init">');
    expect(out).toContain('<script id="daybook-page-script">(function(){})();</script>');
    expect(out).toContain('<script type="application/ld+json">{"headline":"a \\u003c/script> in a headline"}</script>');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/23ochpua7ghcy.css" data-precedence="next"/>');
    expect(out).toContain('as="font"');
    expect(out).toContain("<p>Text with &lt;script&gt;alert(1)&lt;/script&gt; typed by an editor.</p>");
    expect(out).toBe(
      PAGE.replace(/<script src="[^"]+"[^>]*><\/script>/g, "")
        .replace(/<script id="_R_">.*?<\/script>/, "")
        .replace(/<script>(\(self|self)\.__next_f.*?<\/script>/g, "")
        .replace(/<link rel="(preload" as="script"|modulepreload")[^>]*\/>/g, ""),
    );
  });

  it("leaves a page without the runtime as it is", () => {
    expect(stripClientRuntime(out)).toBe(out);
    expect(stripClientRuntime("<p>no scripts</p>")).toBe("<p>no scripts</p>");
  });

  it("does not keep a script because its text or another attribute mentions our id", () => {
    const forged =
      '<script data-x="id=&quot;daybook-">alert(1)</script><script data-id="daybook-x">alert(2)</script>' +
      '<script>var id="daybook-x"</script><script data-type="application/ld+json">alert(3)</script>';
    expect(stripClientRuntime(forged)).toBe("");
  });

  it("works on the page's bytes read as latin1, as the server reads them: the same bytes out but for the scripts", () => {
    const toBytes = (text: string) => Buffer.from(text, "utf8");
    const viaLatin1 = (bytes: Buffer) => Buffer.from(stripClientRuntime(bytes.toString("latin1")), "latin1");
    expect(viaLatin1(toBytes(PAGE)).equals(toBytes(out))).toBe(true);
    const text = '<p>Kyiv — “Київ”, à la une</p><script src="/_next/a.js"></script><script id="daybook-page-script">1</script>';
    expect(viaLatin1(toBytes(text)).toString("utf8")).toBe('<p>Kyiv — “Київ”, à la une</p><script id="daybook-page-script">1</script>');
    // "à" is C3 A0 in UTF-8: read as latin1, its second byte is a no-break space, which is not HTML whitespace.
    expect(viaLatin1(toBytes('<script àid="daybook-x">alert(1)</script>')).toString("utf8")).toBe("");
  });
});
