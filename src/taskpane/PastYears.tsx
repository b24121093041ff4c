import { Caption1, Label, Text } from "@fluentui/react-components";
import type { PastFile } from "./PaneHost";
import type { UiStrings } from "./strings";
import { useStyles } from "./TaskPane.styles";

/**
 * Last years' ranked workbooks, picked from the computer (issue 7 §2): the next Xếp hạng counts the
 * consecutive years from them. They are read in the pane and never uploaded.
 */
export function PastYears({
  files,
  onChange,
  strings,
}: {
  readonly files: readonly PastFile[];
  readonly onChange: (files: PastFile[]) => void;
  readonly strings: UiStrings;
}) {
  const styles = useStyles();
  const pick = async (list: FileList | null) =>
    onChange(
      await Promise.all(
        [...(list ?? [])].map(async (f) => ({
          name: f.name,
          bytes: new Uint8Array(await f.arrayBuffer()),
        }))
      )
    );
  return (
    <section className={styles.section} aria-label={strings.history.title}>
      <Label htmlFor="history-files">{strings.history.title}</Label>
      <input
        id="history-files"
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => void pick(e.target.files)}
      />
      <Caption1>{strings.history.hint}</Caption1>
      {files.length > 0 && <Text>{strings.history.chosen(files.map((f) => f.name))}</Text>}
    </section>
  );
}
