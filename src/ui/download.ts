const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Hands the bytes to the browser as a file to save: nothing leaves the machine. Works in browsers and in
 * Excel for Windows' WebView2; Excel for Mac's WKWebView ignores it (office-js #2700, by design).
 */
export function download(name: string, bytes: Uint8Array): void {
  const type = name.toLowerCase().endsWith(".zip") ? "application/zip" : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
