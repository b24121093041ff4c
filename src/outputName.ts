/**
 * The default output name, in every door that writes a new workbook (the CLI's file, the web page's
 * download): the input's, with `-xep-hang` before its own extension (contract §12). A ranked copy ranked again gets the next number (`BOOK-xep-hang.xlsx` → `BOOK-xep-hang-2.xlsx` → `-3`),
 * so suffixes do not pile up and neither the input nor the copy before it is replaced.
 */
export function outputName(
  input: string,
  kind: string,
  isInput: (path: string) => boolean,
  suffix = "xep-hang"
): string {
  const bare = input.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, "");
  const ranked = new RegExp(`-${suffix}(?:-(\\d+))?$`).exec(bare);
  const stem = ranked ? bare.slice(0, ranked.index) : bare;
  for (let n = ranked ? Number(ranked[1] ?? 1) + 1 : 1; ; n++) {
    const path = `${stem}-${suffix}${n > 1 ? `-${n}` : ""}.${kind}`;
    if (!isInput(path)) return path;
  }
}
