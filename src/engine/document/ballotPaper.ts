import type { Award } from "../model";
import type { NomineeResult, RankResult } from "../result";
import { BALLOTS } from "../read/inputs";
import { isBalloted } from "../read/readBallots";
import type { TemplateSheet } from "../template/defaultTemplate";
import { MOTTO, NATION, SUBTITLE, TITLE, councilName } from "./letterhead";
import {
  type PrintDoc,
  type PrintRow,
  type PrintStyle,
  blank,
  printRow,
  wide,
  portraitDoc,
  tableStyles,
} from "./printDoc";

const COLUMNS = [5, 32, 26, 13, 13];
const { cell: CELL, center: BOX } = tableStyles(13);
const { head: HEAD } = tableStyles(12);
const TEXT: PrintStyle = { size: 13, italic: true, align: "left" };

/** Copies printed when the settings do not give the number of members. */
const COPIES_UNKNOWN = 1;

/** A balloted award and the candidates the ranking proposes, ties or holds pending for it. */
export interface BallotRace {
  readonly award: Award;
  readonly candidates: readonly NomineeResult[];
}

const ON_BALLOT = new Set(["given", "tie", "pending"]);

/** The balloted awards with their candidates, in the order they are handed out. */
export function ballotRaces(result: RankResult): BallotRace[] {
  return result.awards.filter(isBalloted).flatMap((award) => {
    const candidates = result.nominees.filter((r) =>
      r.decisions.some((d) => d.award === award && ON_BALLOT.has(d.outcome.kind))
    );
    return candidates.length === 0 ? [] : [{ award, candidates }];
  });
}

/** One member's ballot paper for one award: the council, the title, what to do, the candidates. */
function paper(race: BallotRace, result: RankResult, first: boolean): PrintRow[] {
  const year = result.settings.year;
  const rows: PrintRow[] = [
    printRow(
      COLUMNS,
      [
        { col: 0, span: 2, text: councilName(result.settings), style: NATION },
        { col: 2, span: 3, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: NATION },
      ],
      !first
    ),
    printRow(COLUMNS, [
      {
        col: 2,
        span: 3,
        text: "Độc lập - Tự do - Hạnh phúc",
        style: MOTTO,
      },
    ]),
    blank(),
    wide(COLUMNS, "PHIẾU BẦU", TITLE),
    wide(COLUMNS, `${race.award.name}${year === null ? "" : ` năm ${year}`}`, TITLE),
    wide(
      COLUMNS,
      "(Đánh dấu X vào một ô cho mỗi người; phiếu đánh dấu cả hai ô hoặc không ô nào của một người không tính cho người đó)",
      SUBTITLE
    ),
    blank(),
    printRow(
      COLUMNS,
      ["STT", "Họ và tên / Tên tập thể", "Đơn vị", "Đồng ý", "Không đồng ý"].map((text, col) => ({
        col,
        span: 1,
        text,
        style: HEAD,
      }))
    ),
  ];
  race.candidates.forEach((r, i) =>
    rows.push(
      printRow(COLUMNS, [
        { col: 0, span: 1, text: String(i + 1), style: BOX },
        { col: 1, span: 1, text: r.nominee.name, style: CELL },
        { col: 2, span: 1, text: r.nominee.unit || r.nominee.cluster, style: CELL },
        { col: 3, span: 1, text: "", style: BOX },
        { col: 4, span: 1, text: "", style: BOX },
      ])
    )
  );
  rows.push(blank());
  rows.push(wide(COLUMNS, "Phiếu không ký tên. Bỏ phiếu vào hòm phiếu.", TEXT));
  return rows;
}

/**
 * The ballot papers to print (issue 12 §5): per balloted award, one page per member (the number of
 * members in `Cấu hình`, one copy when it is not given), each page its own printed sheet.
 */
export function ballotPapers(result: RankResult, races: readonly BallotRace[]): PrintDoc {
  const copies = result.settings.members ?? COPIES_UNKNOWN;
  const rows: PrintRow[] = [];
  for (const race of races)
    for (let c = 0; c < copies; c++) rows.push(...paper(race, result, rows.length === 0));
  return portraitDoc(COLUMNS, rows);
}

/**
 * `Phiếu bầu` to fill after the count: a row per award and candidate, the votes left blank. It is the
 * council's sheet from then on: written only where the workbook has none.
 */
export function ballotSheet(races: readonly BallotRace[]): TemplateSheet {
  return {
    sheet: BALLOTS.sheets[0],
    table: BALLOTS.table,
    columns: [
      {
        header: "Hình thức",
        note: "Hình thức khen thưởng bỏ phiếu, đúng tên ở trang Khen thưởng.",
      },
      { header: "Mã đối tượng", note: "Mã của ứng viên ở trang Đối tượng." },
      { header: "Tên", note: "Tên ứng viên (để đối chiếu; không bắt buộc)." },
      {
        header: "Đồng ý",
        note: "Số phiếu đồng ý sau kiểm phiếu, kể cả ý kiến bằng văn bản của thành viên vắng mặt.",
      },
      { header: "Không đồng ý", note: "Số phiếu không đồng ý." },
    ],
    rows: races.flatMap((race) =>
      race.candidates.map((r) => [race.award.name, r.nominee.id, r.nominee.name, null, null])
    ),
  };
}

/** Candidates on the papers that an existing `Phiếu bầu` has no row for: to add by hand. */
export function missingBallotRows(result: RankResult, races: readonly BallotRace[]): string[] {
  return races.flatMap((race) =>
    race.candidates
      .filter((r) => result.ballot?.of(race.award, r.nominee.index) === undefined)
      .map((r) => `${race.award.name}: ${r.nominee.id} ${r.nominee.name}`)
  );
}
