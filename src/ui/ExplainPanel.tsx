import { Subtitle2, Text } from "@fluentui/react-components";
import { explainGap, explainParts, type Language, type NomineeResult } from "../engine";

interface Props {
  readonly nominee: NomineeResult;
  readonly language: Language;
  readonly title: string;
}

/** One nominee's Giải thích as a list: each criterion's points, the score, each award's outcome, the gap. */
export function ExplainPanel({ nominee, language, title }: Props) {
  const { points, score, awards } = explainParts(nominee, language);
  const gap = explainGap(nominee, language);
  const lines = [...points, score, ...(awards ?? []), ...(gap ? [`→ ${gap}`] : [])];
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
