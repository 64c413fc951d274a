// Runs before the page paints (a blocking script in <head>): applies the reader's
// saved theme so the page never flashes the wrong one. Without a saved choice the
// CSS follows the system setting.
(function () {
  try {
    var theme = localStorage.getItem("daybook-theme");
    if (theme === "dark" || theme === "light") document.documentElement.setAttribute("data-theme", theme);
  } catch (error) {
    // Storage can be disabled; the system setting then applies.
  }
})();
