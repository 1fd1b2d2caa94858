// The page's annotation worker: runs the wasm core off the main thread so a
// long paste never freezes the page. It loads the page's own module (the
// browser's cache serves it), whose `main` sees no window and mounts nothing.
// scripts/finish-page.mjs fills in the module's hashed file names.
// Messages in: { id, text }. Out: { id, parts } (the analysis as JSON
// strings: entities, figures, quotes, paragraph spans) or { id, error }.
import init, { analyseToJsonParts } from "__SIDENOTE_APP_JS__";

const ready = init({ module_or_path: "__SIDENOTE_APP_WASM__" });

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    postMessage({ id, parts: analyseToJsonParts(text) });
  } catch (error) {
    postMessage({ id, error: String(error?.message ?? error) });
  }
};
