/** How an Excel.run is started: in a new context, or in one an event handler was registered in. */
export interface RunOptions {
  readonly context?: Excel.RequestContext;
}

/** `Excel.run`, passed in so that tests hand in the strict Excel double. */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: RunOptions
) => Promise<T>;
