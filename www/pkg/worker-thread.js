// sidenote/worker-thread: the module that runs inside the worker made by
// sidenote/worker. It loads the wasm once, then answers
//   { id, op: "annotate", text }                           -> { id, result } or { id, error }
//   { id, op: "annotateToWebAnnotations", text, source }   -> the same
// The first message may be { op: "init", module_or_path } to say where the
// wasm is (a URL string or a compiled WebAssembly.Module); otherwise it is
// found beside sidenote.js. It has side effects by design: the package's
// `sideEffects` lists it so bundlers keep it.
import init, { annotate, annotateToWebAnnotations } from "./sidenote.js";

let ready;

self.onmessage = async ({ data }) => {
  if (data.op === "init") {
    ready ??= init(data.module_or_path === undefined ? undefined : { module_or_path: data.module_or_path });
    return;
  }
  const { id, op, text, source } = data;
  try {
    ready ??= init();
    await ready;
    const result = op === "annotateToWebAnnotations" ? annotateToWebAnnotations(text, source) : annotate(text);
    postMessage({ id, result });
  } catch (error) {
    postMessage({ id, error: String(error?.message ?? error) });
  }
};
