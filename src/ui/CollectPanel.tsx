import { Button, Checkbox, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { CollectChoice, CollectReport } from "./PaneHost";
import type { UiStrings } from "./strings";
import { useStyles } from "./TaskPane.styles";

interface Props {
  readonly report: CollectReport;
  readonly strings: UiStrings;
  /** The web page writes a new workbook to download; the add-in writes into this one. */
  readonly download: boolean;
  readonly running: boolean;
  readonly onConfirm: (choice: Omit<CollectChoice, "write">) => void;
  readonly onCancel: () => void;
  /** Plans again with the later of two reports: the cells it brings are listed before anything is written. */
  readonly onTakeLater: (on: boolean) => void;
}

/** A titled list, shown only when it has lines. */
function Section({ title, lines }: { readonly title: string; readonly lines: readonly string[] }) {
  const styles = useStyles();
  if (lines.length === 0) return null;
  return (
    <section className={styles.message} aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.scrollList}>
        {lines.map((l, i) => (
          <li key={i}>
            <Text size={200}>{l}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "Gộp báo cáo" (issue 14): every cell the merge will fill, each conflict and refused report, who is
 * missing; nothing is written until the secretary confirms, overwriting a conflict only when ticked.
 */
export function CollectPanel({
  report,
  strings,
  download,
  running,
  onConfirm,
  onCancel,
  onTakeLater,
}: Props) {
  const styles = useStyles();
  const t = strings.reporting;
  const [overwrite, setOverwrite] = useState(false);
  const [takeLater, setTakeLater] = useState(false);
  const cells = report.fills.length + (overwrite ? report.conflicts.length : 0);
  return (
    <section className={styles.section} aria-label={t.title}>
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Section
        title={t.fills(report.fills.length, report.written)}
        lines={report.fills.map((f) => `${f.cell} ← ${f.value} (${f.source})`)}
      />
      <Section
        title={t.conflicts(report.conflicts.length)}
        lines={report.conflicts.map(t.conflict)}
      />
      <Section
        title={t.refused(report.refused.length)}
        lines={report.refused.flatMap((r) => r.reasons)}
      />
      <Section title={t.missing(report.missing.length)} lines={report.missing} />
      <Section title={t.notes} lines={report.notes} />
      <Section
        title={t.differences(report.differences.length)}
        lines={report.differences.map(t.difference)}
      />
      {!report.written && (
        <>
          {report.conflicts.length > 0 && (
            <Checkbox
              checked={overwrite}
              onChange={(_, d) => setOverwrite(d.checked === true)}
              label={t.overwrite(report.conflicts.length)}
            />
          )}
          {report.sameUnit && (
            <Checkbox
              checked={takeLater}
              onChange={(_, d) => {
                setTakeLater(d.checked === true);
                onTakeLater(d.checked === true);
              }}
              label={t.takeLater}
            />
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={running || cells === 0}
              onClick={() => onConfirm({ overwrite, takeLater })}
            >
              {download ? t.confirmDownload : t.confirm(cells)}
            </Button>
            <Button disabled={running} onClick={onCancel}>
              {t.cancel}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
