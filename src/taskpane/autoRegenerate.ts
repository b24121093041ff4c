/** What a worksheet change tells us, from Excel's WorksheetChangedEventArgs. */
export interface SheetChange {
  readonly source: string;
  readonly worksheetId: string;
  /** ExcelApi 1.14 and later say who made the change; "ThisLocalAddin" is our own write. */
  readonly triggerSource?: string | undefined;
}

/**
 * One lock for every run of the add-in in this runtime (the pane's buttons, the ribbon, the
 * auto-regeneration): a second run waits for the first, so two never write at once.
 */
export class RunLock {
  private tail: Promise<unknown> = Promise.resolve();
  private depth = 0;

  get busy(): boolean {
    return this.depth > 0;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    this.depth++;
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined).finally(() => this.depth--);
    return next;
  }
}

/**
 * Re-ranks after the local user's edits to the input sheets, debounced: never for a co-author's remote
 * edit, never for our own write, never for an edit to a sheet that is no input (looked up when the
 * event fires: sheets come and go). A run asked for while another is going waits for it under the
 * lock, so an edit made during any run ranks once after it; one waiting run is enough for many edits.
 */
export class AutoRegenerator {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private waiting = false;
  private stopped = false;

  constructor(
    private readonly lock: RunLock,
    private readonly regenerate: () => Promise<void>,
    /** Whether the sheet of that id is one of the inputs, asked when its change arrives. */
    private readonly isInput: (worksheetId: string) => Promise<boolean>,
    /** Told of a failure of an automatic run, which no button is waiting for. */
    private readonly failed: (e: unknown) => void,
    private readonly delayMs = 1500
  ) {}

  /** Called for every worksheet change. */
  changed(change: SheetChange): void {
    if (this.stopped || change.source !== "Local" || change.triggerSource === "ThisLocalAddin")
      return;
    void this.isInput(change.worksheetId).then(
      (input) => {
        if (input) this.schedule();
      },
      () => undefined
    );
  }

  /** Stops: a pending run is dropped, and changes are ignored until `resume`. */
  cancel(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  resume(): void {
    this.stopped = false;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), this.delayMs);
  }

  private async fire(): Promise<void> {
    this.timer = null;
    if (this.waiting || this.stopped) return;
    this.waiting = true;
    await this.lock
      .run(async () => {
        this.waiting = false;
        if (!this.stopped) await this.regenerate();
      })
      .catch(this.failed);
  }
}
