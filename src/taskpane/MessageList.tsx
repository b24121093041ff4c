import { Badge, Link, Subtitle2, Text } from "@fluentui/react-components";
import type { RunReport } from "./PaneHost";
import type { UiStrings } from "./strings";
import { useStyles } from "./TaskPane.styles";

interface Props {
  readonly messages: RunReport["messages"];
  readonly strings: UiStrings;
  readonly onSelect?: (sheet: string, cell: string) => void;
}

/** Messages grouped by sheet; each names its cell, which the add-in can select. */
export function MessageList({ messages, strings, onSelect }: Props) {
  const styles = useStyles();
  if (messages.length === 0) return <Text>{strings.noMessages}</Text>;
  return (
    <>
      {messages.map((group) => (
        <section
          key={group.sheet || "-"}
          className={styles.section}
          aria-label={group.sheet || strings.messages}
        >
          <Subtitle2 as="h3">{group.sheet || strings.messages}</Subtitle2>
          <ul className={styles.list}>
            {group.items.map((m, i) => {
              const where = m.cell ? `${m.sheet}!${m.cell}` : m.sheet;
              return (
                <li key={`${m.code}-${m.cell}-${i}`} className={styles.message}>
                  <span>
                    <Badge appearance="tint" color={m.error ? "danger" : "warning"}>
                      {m.error ? strings.error : strings.warning}
                    </Badge>{" "}
                    {onSelect && m.cell ? (
                      <Link
                        className={styles.where}
                        aria-label={strings.goTo(where)}
                        onClick={() => onSelect(m.sheet, m.cell)}
                      >
                        {where}
                      </Link>
                    ) : (
                      <Text className={styles.where}>{where}</Text>
                    )}
                  </span>
                  <Text>{m.text}</Text>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
