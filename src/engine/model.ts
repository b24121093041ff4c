import type { Expression, RawValue } from "./expression/compileExpression";
import type { Cell } from "./snapshot";

/** The typed workbook after reading (contract §2-4, §8, §11). */

export type CriterionType =
  "ratio" | "threshold" | "bands" | "points" | "formula" | "bonus" | "deduction";
export type Kind = "collective" | "individual";
/** How quarterly values become the year's value (issue 7 §3); `onTime` counts reports sent by the deadline. */
export type Rollup = "sum" | "mean" | "last" | "min" | "onTime";

/** The kinds as the contract writes them, in every language (§13.6: `kind` is "Tập thể" or "Cá nhân"). */
export const KIND_TEXT: Readonly<Record<Kind, string>> = {
  collective: "Tập thể",
  individual: "Cá nhân",
};
export type Scope = "field" | "cluster" | "unit" | "all";

/** Where a value came from, for messages. */
export interface Place {
  readonly sheet: string;
  readonly cell: string;
}

export interface Band {
  readonly threshold: number;
  readonly points: number;
}

export interface Criterion {
  /** Sheet order, which orders points and groups in the output. */
  readonly index: number;
  /** Text key of the field; null for a common criterion. */
  readonly fieldKey: string | null;
  readonly code: string;
  readonly codeKey: string;
  readonly name: string;
  readonly group: string | null;
  readonly type: CriterionType;
  readonly target: number | null;
  readonly lower: boolean;
  readonly max: number;
  readonly bands: readonly Band[];
  readonly formula: Expression | null;
  readonly required: boolean;
  /** `Gộp quý`; null when the sheet does not say (quarterly values are then averaged, with a warning). */
  readonly rollup: Rollup | null;
  /** A bad definition unranks every nominee whose field uses it (§13.3). */
  readonly broken: boolean;
  readonly codePlace: Place;
  readonly formulaPlace: Place;
}

export interface Nominee {
  readonly index: number;
  readonly id: string;
  readonly idKey: string;
  readonly idPlace: Place;
  readonly name: string;
  readonly kind: Kind | null;
  readonly field: string;
  readonly fieldKey: string;
  readonly cluster: string;
  readonly unit: string;
  /** Text keys of cluster and unit, computed once: scope groups compare them (§13.7). */
  readonly clusterKey: string;
  readonly unitKey: string;
  /** Attribute identifiers of §3 with their typed values. */
  readonly attributes: ReadonlyMap<string, RawValue>;
  /** True when a reading error already unranks the nominee. */
  readonly invalid: boolean;
}

/** An attribute column: its identifier and header, for `pending` sentences. */
export interface Attribute {
  readonly id: string;
  readonly header: string;
}

export interface Settings {
  readonly scope: Scope;
  readonly tieBreaks: ReadonlyArray<{ readonly entry: string; readonly place: Place }>;
  readonly dropExtremes: boolean;
  readonly language: "vi" | "en";
  /** Grade bands, highest threshold first; empty for no grades. */
  readonly grades: ReadonlyArray<{ readonly name: string; readonly threshold: number }>;
  /** The council's name and the review year, for the proposal list (beyond contract v1). */
  readonly council: string;
  readonly year: number | null;
  /** Per-judge normalisation of judge scores (issue 7 §4), and the fewest scores a judge needs for it. */
  readonly normalizeJudges: boolean;
  readonly minJudgeScores: number;
  /** The documents' header and signature (issue 12 §2): empty leaves a dotted blank to fill by hand. */
  readonly governingBody: string;
  readonly place: string;
  readonly letterNumber: string;
  readonly signer: string;
  readonly signerTitle: string;
  /** The ballot (issue 12 §5): all members of the council, and those at the meeting; null when not given. */
  readonly members: number | null;
  readonly present: number | null;
}

export type Quota =
  | { readonly share: false; readonly count: number }
  | { readonly share: true; readonly percent: number };

export interface Award {
  readonly name: string;
  readonly precedence: number;
  readonly group: string;
  /** Order in the sheet: breaks equal precedence. */
  readonly index: number;
  readonly appliesTo: Kind | "all";
  readonly scope: Scope;
  readonly minScore: number | null;
  readonly maxRank: number | null;
  readonly quota: Quota | null;
  readonly condition: Expression | null;
  readonly conditionPlace: Place;
  /** `Căn cứ`: the law and article, empty when the sheet has none. */
  readonly basis: string;
}

export const BUILT_IN_VARIABLES = [
  "score",
  "total",
  "rank",
  "kind",
  "field",
  "cluster",
  "unit",
  "grade",
] as const;

/** The nominee column a council ballot goes in (`Tỷ lệ phiếu đồng ý (%)`), % of all council members. */
export const VOTE_ATTRIBUTE = "ty_le_phieu_dong_y";

/** The criteria of each field: its own, then the common ones it does not replace, in sheet order. */
export interface CriteriaBook {
  readonly all: readonly Criterion[];
  /** Text keys of the fields that have criteria of their own. */
  readonly fields: ReadonlySet<string>;
  forField(fieldKey: string): readonly Criterion[];
  /** The criterion a code names in a field (field-specific first, then common). */
  find(fieldKey: string, codeKey: string): Criterion | undefined;
  /** Its position in `forField(fieldKey)`, or -1. */
  position(fieldKey: string, codeKey: string): number;
  /** Every group label in sheet order. */
  readonly groups: readonly string[];
}

/** A value cell and its place. */
export interface Source {
  readonly cell: Cell;
  readonly place: Place;
}

/** A judge's score of one nominee on one criterion (issue 7 §4). */
export interface JudgeScore extends Source {
  readonly judge: string;
  /** The judge scores the unit it belongs to: left out of that nominee's mean. */
  readonly conflict: boolean;
  /** The score after per-judge normalisation, when it applies. */
  readonly normalized?: number;
}

/** Judge scores per nominee index, per criterion index. */
export type Judged = ReadonlyMap<number, ReadonlyMap<number, readonly JudgeScore[]>>;
