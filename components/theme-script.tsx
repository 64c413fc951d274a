/**
 * Applies the reader's saved theme before the page paints, so it never flashes the wrong one;
 * without a saved choice the CSS follows the system setting. Inline rather than a file: a
 * blocking script in <head> would cost a round trip before the first paint (Lighthouse counted
 * it against every page). The CSP allows inline scripts. It also marks <html> data-scripted, which
 * shows the theme switch (app/globals.css) from the first paint.
 */
const THEME_INIT = `(function(){var r=document.documentElement;r.setAttribute("data-scripted","");try{var t=localStorage.getItem("daybook-theme");if(t==="dark"||t==="light")r.setAttribute("data-theme",t)}catch(e){}})();`;

export function ThemeScript() {
  return <script id="daybook-theme-init" dangerouslySetInnerHTML={{ __html: THEME_INIT }} />;
}
