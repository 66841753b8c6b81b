// The search page: Pagefind's own UI, reading the query from ?q= so links and the header box work.
window.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("search");
  const ui = new PagefindUI({ element: root, bundlePath: root.dataset.bundlePath, showSubResults: false, showImages: false, resetStyles: false });
  const q = new URLSearchParams(location.search).get("q");
  if (q) ui.triggerSearch(q);
});
