// sidenote/worker: the same annotate as "sidenote", off the main thread.
//
//   import { annotate } from "sidenote/worker";
//   const { entities, figures, quotes } = await annotate(text);
//
// The results are those of sidenote's annotate (structured-cloned), and its
// errors arrive as rejected promises with the same message. The module-level
// functions share one worker, started on first use; createAnnotator() makes
// a worker of your own (and terminate() ends it).

/** The worker, spelled so that bundlers (Vite, webpack, Parcel) bundle it. */
function spawn() {
  return new Worker(new URL("./worker-thread.js", import.meta.url), { type: "module", name: "sidenote" });
}

export function createAnnotator(options = {}) {
  const worker = options.worker ?? spawn();
  const pending = new Map();
  let next = 0;
  let broken = null;
  const failAll = (message) => {
    broken = new Error(message);
    for (const { reject } of pending.values()) reject(broken);
    pending.clear();
  };
  worker.addEventListener("message", ({ data }) => {
    const call = pending.get(data.id);
    if (!call) return;
    pending.delete(data.id);
    if ("error" in data) call.reject(new Error(data.error));
    else call.resolve(data.result);
  });
  // A worker that cannot load (a missing file, a blocked URL) fires
  // "error" on the worker itself: every call would wait for ever.
  worker.addEventListener("error", (event) => {
    event.preventDefault?.();
    failAll(
      `sidenote: the annotation worker could not start${event.message ? `: ${event.message}` : ""}; ` +
        "if your bundler does not bundle `new Worker(new URL(...))`, build sidenote/worker-thread as an entry and pass createAnnotator({ worker })",
    );
  });
  worker.addEventListener("messageerror", () =>
    failAll("sidenote: a message from the annotation worker could not be read"),
  );
  if (options.module_or_path !== undefined) {
    const where = options.module_or_path;
    worker.postMessage({ op: "init", module_or_path: where instanceof URL ? where.href : where });
  }
  const call = (message) => {
    if (broken) return Promise.reject(broken);
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  };
  return {
    annotate: (text) => call({ op: "annotate", text: String(text) }),
    annotateToWebAnnotations: (text, source) =>
      call({ op: "annotateToWebAnnotations", text: String(text), source: String(source) }),
    terminate() {
      worker.terminate();
      failAll("sidenote: the annotation worker was terminated");
    },
  };
}

let shared;
const annotator = () => (shared ??= createAnnotator());

/** Annotate `text` in the shared worker: a promise of what annotate returns. */
export const annotate = (text) => annotator().annotate(text);

/** annotateToWebAnnotations in the shared worker. */
export const annotateToWebAnnotations = (text, source) => annotator().annotateToWebAnnotations(text, source);
