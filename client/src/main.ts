// Entry point: starts the explorer in #app.

const root = document.getElementById("app");
if (root) root.textContent = "GraphExplorer";
