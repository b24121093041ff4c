import type { JsonResult } from "../../src/engine/output/toJson";

/** The expected ranking as a Markdown table a council secretary can read beside the JSON. */
export function rankingMarkdown(r: JsonResult): string {
  const vi = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));
  const lines = [
    "# Kết quả mong đợi: `sample.xlsx`",
    "",
    "Sinh từ `sample.expected.json`; kiểm tra bởi `test/golden/sample.test.ts`.",
    "",
  ];
  let scope: string | null = null;
  for (const n of r.nominees) {
    if (n.scope !== scope) {
      scope = n.scope;
      lines.push(
        `## ${scope}`,
        "",
        "| Hạng | Mã | Tên | Loại | Điểm | Xếp loại | Đề xuất khen thưởng | Cảnh báo |",
        "|---:|---|---|---|---:|---|---|---|"
      );
    }
    const kind = n.kind === "collective" ? "Tập thể" : n.kind === "individual" ? "Cá nhân" : "";
    const warn = n.messages.map((m) => `${m.code} ${m.sheet}!${m.cell}`).join("; ");
    lines.push(
      `| ${n.rank ?? ""} | ${n.id} | ${n.name} | ${kind} | ${vi(n.score)} | ${n.grade ?? ""} | ${n.awards.join("; ")} | ${warn} |`
    );
    const next = r.nominees[r.nominees.indexOf(n) + 1];
    if (!next || next.scope !== scope) lines.push("");
  }
  return lines.join("\n");
}
