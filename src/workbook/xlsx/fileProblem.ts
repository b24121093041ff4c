import { type Message, message } from "../../engine";
import { PackageError } from "./zip";
import { XmlError } from "./xmlReader";
import { NotXlsxError } from "./XlsxPackage";

/**
 * What a read failure of a file means for its user, as one message naming the file (and the part):
 * a password, another format with what to do, a damaged part, a zip bomb. Null for a failure that is
 * no file problem (a programmer's error, to be thrown on).
 */
export function fileProblem(e: unknown, file: string): Message | null {
  if (e instanceof NotXlsxError)
    return e.what === "encrypted"
      ? message("encrypted", "", "", {}, file)
      : message("foreignFile", "", "", { kind: e.what }, file);
  if (e instanceof PackageError)
    return e.kind === "encrypted"
      ? message("encrypted", "", "", {}, file)
      : message(
          e.kind === "tooLarge" ? "tooLarge" : "damagedPart",
          "",
          "",
          { part: e.part, reason: e.reason, detail: e.detail },
          file
        );
  if (e instanceof XmlError)
    return message(
      "damagedPart",
      "",
      "",
      { part: e.part, reason: "xml", detail: `${e.reason} @${e.offset}` },
      file
    );
  return null;
}
