import { Badge, Link, Subtitle2, Text } from "@fluentui/react-components";
import type { MessageItem } from "../engine";
import type { RunReport } from "./PaneHost";
import type { UiStrings } from "./strings";
import { useStyles } from "./TaskPane.styles";

interface Props {
  readonly messages: RunReport["messages"];
  readonly strings: UiStrings;
  /** Goes to the message's place; with `selectable`, only for the messages it says. */
  readonly onSelect?: (m: MessageItem) => void;
  readonly selectable?: (m: MessageItem) => boolean;
  readonly selectLabel?: (where: string) => string;
}

/** Messages grouped by sheet; each names its cell, which the add-in can select. */
export function MessageList({ messages, strings, onSelect, selectable, selectLabel }: Props) {
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
                    {onSelect && m.cell && (selectable?.(m) ?? true) ? (
                      <Link
                        className={styles.where}
                        // The name begins with what is shown (WCAG 2.5.3), then says what the link does.
                        aria-label={
                          selectLabel ? `${where}: ${selectLabel(where)}` : strings.goTo(where)
                        }
                        title={(selectLabel ?? strings.goTo)(where)}
                        onClick={() => onSelect(m)}
                      >
                        {where}
                      </Link>
                    ) : (
                      <Text className={styles.where}>{where}</Text>
                    )}
                  </span>
                  <Text>
                    {m.subject && <Text weight="semibold">{m.subject}: </Text>}
                    {m.text}
                  </Text>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
