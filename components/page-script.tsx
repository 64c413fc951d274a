/**
 * All the JavaScript a page runs in the browser (production pages carry no React:
 * lib/serve/strip-client-runtime.mjs). It gives the theme switch (components/theme-toggle.tsx)
 * its state and its click, follows another tab's choice, and moves between days with ← and →
 * (the links whose aria-keyshortcuts name the key, components/day-pager.tsx), except while the
 * reader types or holds a modifier. Inline at the end of <body>, so it runs once the page is
 * parsed and costs no request. Its id keeps it when the runtime is taken out.
 */
const PAGE_SCRIPT = `(function(){
var root=document.documentElement,KEY="daybook-theme",media=window.matchMedia("(prefers-color-scheme: dark)");
function isDark(){var t=root.getAttribute("data-theme");return t?t==="dark":media.matches}
function show(){var d=isDark();document.querySelectorAll("[data-theme-toggle]").forEach(function(b){b.setAttribute("aria-checked",String(d));var i=b.querySelector("[data-theme-icon]");if(i)i.textContent=d?"\\u263e":"\\u2600"})}
function choose(theme){root.setAttribute("data-theme",theme);show()}
show();
media.addEventListener("change",show);
window.addEventListener("storage",function(e){if(e.key===KEY&&(e.newValue==="dark"||e.newValue==="light"))choose(e.newValue)});
document.addEventListener("click",function(e){var b=e.target instanceof Element&&e.target.closest("[data-theme-toggle]");if(!b)return;var t=isDark()?"light":"dark";choose(t);try{localStorage.setItem(KEY,t)}catch(x){}});
document.addEventListener("keydown",function(e){
if(e.defaultPrevented||e.altKey||e.ctrlKey||e.metaKey||e.shiftKey||(e.key!=="ArrowLeft"&&e.key!=="ArrowRight"))return;
if(e.target instanceof Element&&e.target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"))return;
var a=document.querySelector('a[aria-keyshortcuts="'+e.key+'"]');if(!a)return;
e.preventDefault();a.click()});
})();`;

export function PageScript() {
  return <script id="daybook-page-script" dangerouslySetInnerHTML={{ __html: PAGE_SCRIPT }} />;
}
