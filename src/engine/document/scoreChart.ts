import { type RankResult, shownScore } from "../result";

/** One chart: a scope group's ranked nominees, a bar each, best first. */
export interface ChartBlock {
  readonly title: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
  /** Ranked nominees of the group left off the chart past `MAX_BARS`. */
  readonly more: number;
}

/** The chart sheet's own title in A1: what tells it as ours on the next run. */
export const CHART_TITLE = "BIỂU ĐỒ ĐIỂM THEO NHÓM XẾP HẠNG";

/** Charts past these are not drawn: a sheet of a dozen readable charts, not hundreds of unreadable ones. */
export const MAX_CHARTS = 12;
export const MAX_BARS = 40;

/** A chart label is read at a glance: past this many characters it is cut with "…". */
const LABEL_CHARS = 80;
const short = (text: string) =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;

/**
 * The scores per scope group (and kind), for the native chart of `Biểu đồ` (issue 12 §6): ranked
 * nominees in rank order, the first `MAX_CHARTS` groups, each with at most `MAX_BARS` bars.
 */
export function scoreCharts(result: RankResult): ChartBlock[] {
  const groups = new Map<string, { title: string; bars: { label: string; value: number }[] }>();
  for (const r of result.nominees) {
    const score = shownScore(r);
    if (score === null) continue;
    const kind = r.nominee.kind === "individual" ? "cá nhân" : "tập thể";
    const key = `${r.scope}\u0000${kind}`;
    const group = groups.get(key) ?? {
      title: short(`${r.scope || "Toàn bộ"} (${kind})`),
      bars: [],
    };
    group.bars.push({
      label: short(`${r.rank}. ${r.nominee.name}`),
      value: score,
    });
    groups.set(key, group);
  }
  return [...groups.values()].slice(0, MAX_CHARTS).map((g) => ({
    title: g.title,
    bars: g.bars.slice(0, MAX_BARS),
    more: Math.max(0, g.bars.length - MAX_BARS),
  }));
}
