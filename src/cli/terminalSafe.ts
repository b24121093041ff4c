/**
 * A line made safe for a terminal: control characters (ESC and the rest of C0 and C1, DEL) and the
 * bidirectional overrides are shown as `\u001b`-style escapes, so that a nominee's name cannot move
 * the cursor, clear the screen, set the clipboard (OSC 52) or reorder what is read. Line breaks and
 * tabs stay.
 */
export function terminalSafe(line: string): string {
  return line.replace(
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to neutralise
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
