import type { Annotations, WebAnnotationCollection, WithUtf16 } from "./sidenote.js";

export interface AnnotatorOptions {
  /** Where the wasm is, if not beside sidenote.js: a URL (resolved against
   *  the worker's script, so give an absolute one) or a compiled module. */
  module_or_path?: string | URL | WebAssembly.Module;
  /** A worker running sidenote/worker-thread that you made yourself, for
   *  bundlers that do not bundle `new Worker(new URL(...))` (esbuild). */
  worker?: Worker;
}

export interface Annotator {
  /** sidenote's `annotate`, off the main thread; its errors reject. */
  annotate(text: string): Promise<WithUtf16<Annotations>>;
  annotateToWebAnnotations(text: string, source: string): Promise<WebAnnotationCollection>;
  /** End the worker; calls still waiting reject. */
  terminate(): void;
}

/** A worker of your own. */
export function createAnnotator(options?: AnnotatorOptions): Annotator;

/** `annotate` in a worker shared by the module, started on first use. */
export function annotate(text: string): Promise<WithUtf16<Annotations>>;

/** `annotateToWebAnnotations` in the shared worker. */
export function annotateToWebAnnotations(text: string, source: string): Promise<WebAnnotationCollection>;
