/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rankCouncil } from "../engine/rankCouncil";
import { stability } from "../engine/whatif/stability";
import { readXlsx } from "../workbook/xlsx/readXlsx";
import { XlsxPackage } from "../workbook/xlsx/XlsxPackage";
import { WorkbookRefused } from "../workbook/refusal";
import type { CollectReport, PaneHost, RunReport } from "./PaneHost";
import { twoUnits } from "../../test/helpers/snapshot";
import { reportOf } from "./report";
import { TaskPane } from "./TaskPane";

const snapshot = readXlsx(
  XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "examples", "sample.xlsx")))
);
const sampleResult = rankCouncil(snapshot);
const sampleReport = reportOf(sampleResult, "vi", [], stability(sampleResult));
const english: RunReport = reportOf(
  rankCouncil({
    ...snapshot,
    sheets: snapshot.sheets.map((s) =>
      s.name === "Cấu hình"
        ? {
            ...s,
            rows: [
              ...s.rows.slice(0, 7),
              [
                { t: "s", v: "Ngôn ngữ" },
                { t: "s", v: "en" },
              ],
            ],
          }
        : s
    ),
  })
);

/** What merging two reports plans (or did): one cell, one conflict, one refused report, one unit missing. */
function collectReport(total: number, written: boolean, overwrite: boolean): CollectReport {
  const conflict = { cell: "Kết quả!C6", old: "100", value: "12.5", source: "b.xlsx: Báo cáo!G6" };
  return {
    total,
    merged: 1,
    fills: [
      { cell: "Kết quả!C5", value: "94,7", source: "a.xlsx: Báo cáo!G6" },
      ...(written && overwrite ? [conflict] : []),
    ],
    conflicts: written && overwrite ? [] : [conflict],
    refused: [
      { file: "c.xlsx", reasons: ["[bad-value] c.xlsx: Báo cáo!G7: 'chín mươi' không phải số"] },
    ],
    sameUnit: false,
    missing: ["Viễn thông Huế (TT25.11)"],
    notes: [],
    differences: [],
    written,
  };
}

/** A host whose operations resolve when the test says so. */
function deferredHost(overrides: Partial<PaneHost> = {}) {
  const pending: { resolve: (r: RunReport) => void; reject: (e: Error) => void }[] = [];
  const wait = () => new Promise<RunReport>((resolve, reject) => pending.push({ resolve, reject }));
  const host: PaneHost = {
    check: jest.fn(wait),
    rank: jest.fn(wait),
    createTemplate: jest.fn(async () => ({
      created: ["Tiêu chí", "Khen thưởng"],
      existing: ["Đối tượng"],
    })),
    ballots: jest.fn(async () => ({
      races: [{ award: "Cờ thi đua cấp bộ", candidates: ["Viễn thông An Giang"] }],
      papers: "In phiếu bầu",
      created: true,
      missing: [],
      members: 9,
    })),
    reportForms: jest.fn(async () => ({
      forms: 28,
      period: "Quý 1/2026",
      deadline: "15/03/2026",
      file: "mau-bao-cao-quy-1-2026.zip",
    })),
    collect: jest.fn(async (files, choice) =>
      collectReport(files.length, choice.write, choice.overwrite)
    ),
    selectCell: jest.fn(async () => undefined),
    ...overrides,
  };
  return { host, pending };
}

/** Opens the command bar's menu and picks an item of it. */
async function fromMenu(item: string, role: "menuitem" | "menuitemcheckbox" = "menuitem") {
  fireEvent.click(screen.getByRole("button", { name: /^(Thêm|More)$/ }));
  const entry = await screen.findByRole(role, { name: item });
  await act(async () => fireEvent.click(entry));
}

const renderPane = (host: PaneHost, language: "vi" | "en" = "vi") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={host} language={language} />
    </FluentProvider>
  );

describe("TaskPane", () => {
  it("Xếp hạng: idle, running (all buttons disabled), then the summary with awards, ties and pending votes", async () => {
    const { host, pending } = deferredHost();
    renderPane(host);
    const rank = screen.getByRole("button", { name: "Xếp hạng" });
    expect(rank).toBeEnabled();
    fireEvent.click(rank);
    expect(screen.getByRole("button", { name: "Xếp hạng" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
    expect(screen.getByText("Đang chạy…")).toBeInTheDocument();
    await act(async () => pending[0]?.resolve(sampleReport));
    expect(
      screen.getByText("Đã xếp hạng 45/45 đối tượng và ghi trang Xếp hạng.")
    ).toBeInTheDocument();
    expect(screen.getByText("45/45 được xếp hạng")).toBeInTheDocument();
    expect(
      screen.getByText("Độ ổn định: 100% (45/45 giữ nguyên đề xuất khi mỗi trọng số đổi ±10%)")
    ).toBeInTheDocument();
    expect(screen.getByText("Lao động tiên tiến: 11")).toBeInTheDocument();
    // Both of the sample's pending awards wait for the council's vote (Đối tượng!A18, A40).
    expect(screen.getByText("Chờ bỏ phiếu: đưa ra cuộc họp Hội đồng")).toBeInTheDocument();
    expect(screen.queryByText("Chờ dữ liệu: ô trống ở trang Đối tượng")).toBeNull();
    expect(
      screen.getByText("TT25.15 Sở Khoa học và Công nghệ tỉnh Lào Cai: Cờ thi đua cấp bộ")
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Xếp hạng" })).toBeEnabled();
  });

  it("shows a nominee's Giải thích on demand: typed code, picked, the reasons in words (issue 12 §4)", async () => {
    const { host, pending } = deferredHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    await act(async () => pending[0]?.resolve(sampleReport));
    const picker = screen.getByRole("combobox", {
      name: "Giải thích cho đối tượng (gõ mã hoặc tên)",
    });
    fireEvent.change(picker, { target: { value: "tt25.24" } });
    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole("option", { name: /^TT25\.24 / }));
    const panel = screen.getByRole("region", { name: /^Giải thích: TT25\.24 / });
    expect(panel).toHaveTextContent("Tập thể lao động xuất sắc: chưa đạt: Mức độ hoàn thành là");
    expect(panel).toHaveTextContent("(AT1) 24,73/25");
  });

  it("Kiểm tra lists the messages by sheet with their cells; clicking one selects the cell", async () => {
    const { host, pending } = deferredHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await act(async () => pending[0]?.resolve(sampleReport));
    expect(screen.getByText("Đã kiểm tra: 0 lỗi, 4 cảnh báo.")).toBeInTheDocument();
    // Warnings only: amber, not green.
    expect(
      screen.getByText("Đã kiểm tra: 0 lỗi, 4 cảnh báo.").closest("[data-intent]")
    ).toHaveAttribute("data-intent", "warning");
    expect(screen.getByRole("tab", { name: "Thông báo (4)", selected: true })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Kết quả" })).toBeInTheDocument();
    expect(screen.getByText("Ô trống: tính 0 điểm cho tiêu chí VT2.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Chọn ô Kết quả!I15" }));
    expect(host.selectCell).toHaveBeenCalledWith("Kết quả", "I15", "TT25.12");
    fireEvent.click(screen.getByRole("tab", { name: "Cấu hình" }));
    expect(screen.getByText("Phạm vi xếp hạng: Khối")).toBeInTheDocument();
    expect(screen.getByText("Xếp loại: HTXS ≥ 95; HTT ≥ 85; HT ≥ 75; KHT ≥ 0")).toBeInTheDocument();
  });

  it("a run with an unranked nominee is a warning naming it and its cell, never a success", async () => {
    const { host, pending } = deferredHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    const bad = rankCouncil(twoUnits("chín mươi", [["Cờ", 1, "", "", "", "", "", 1, ""]]));
    await act(async () => pending[0]?.resolve(reportOf(bad, "vi")));
    const bar = screen.getByText(/Chưa xếp hạng được: U2 \(Kết quả!B3\)/);
    expect(bar).toBeInTheDocument();
    expect(bar.closest("[data-intent]")).toHaveAttribute("data-intent", "error");
    expect(screen.getAllByText(/DỰ THẢO/).length).toBeGreaterThan(0);
    // An error opens Thông báo, errors first, naming the nominee and criterion and the consequence.
    expect(screen.getByRole("tab", { name: /^Thông báo/, selected: true })).toBeInTheDocument();
    const first = screen.getAllByRole("listitem")[0];
    expect(first).toHaveTextContent(
      "U2 Đơn vị U2, A: 'chín mươi' không phải số: nhập số, ví dụ 90 hoặc 12,5. Đối tượng này chưa được xếp hạng."
    );
  });

  it("a failed run says why and the buttons come back", async () => {
    const { host, pending } = deferredHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    await act(async () =>
      pending[0]?.reject(new Error("Excel không phản hồi sau 120 giây: hãy thử lại."))
    );
    expect(screen.getByText(/Không chạy được: Excel không phản hồi/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Xếp hạng" })).toBeEnabled();
  });

  it("a workbook's refusal is said in the pane's language", async () => {
    const { host, pending } = deferredHost();
    renderPane(host, "en");
    fireEvent.click(screen.getByRole("button", { name: "Rank" }));
    await act(async () => pending[0]?.reject(new WorkbookRefused({ key: "readOnly" })));
    expect(
      screen.getByText(
        "Could not run: The workbook is open read-only: allow editing (Edit Workbook), then rank again."
      )
    ).toBeInTheDocument();
  });

  it("Tạo mẫu says what it created and what it left alone", async () => {
    const { host } = deferredHost();
    renderPane(host);
    await fromMenu("Tạo mẫu");
    expect(
      screen.getByText("Đã tạo: Tiêu chí, Khen thưởng. Đã có sẵn, không sửa: Đối tượng.")
    ).toBeInTheDocument();
  });

  it("a workbook without its input sheets offers Tạo mẫu, not a ranking of 0/0; Tạo mẫu clears that report", async () => {
    const { host, pending } = deferredHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    const empty = rankCouncil({ sheets: [], tables: [] });
    await act(async () => pending[0]?.resolve(reportOf(empty, "vi")));
    expect(screen.queryByText(/0\/0/)).toBeNull();
    expect(screen.queryByRole("tab")).toBeNull();
    expect(
      screen.getByText(/^Sổ này chưa có các trang Tiêu chí, Đối tượng, Kết quả: bấm Tạo mẫu/)
    ).toBeInTheDocument();
    const make = screen.getByRole("button", { name: "Tạo mẫu" });
    await act(async () => fireEvent.click(make));
    expect(screen.getByText(/^Đã tạo: Tiêu chí, Khen thưởng\./)).toBeInTheDocument();
    expect(screen.queryByText(/^Sổ này chưa có/)).toBeNull();
  });

  it("after ranking, buttons open the Xếp hạng and Đề nghị khen thưởng sheets by the names written", async () => {
    const showSheet = jest.fn(async () => undefined);
    const { host, pending } = deferredHost({ showSheet });
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    await act(async () =>
      pending[0]?.resolve({
        ...sampleReport,
        sheets: { ranking: "Xếp hạng (2)", proposals: "Đề nghị khen thưởng" },
      })
    );
    fireEvent.click(screen.getByRole("button", { name: "Mở trang Xếp hạng" }));
    fireEvent.click(screen.getByRole("button", { name: "Mở Đề nghị khen thưởng" }));
    expect(showSheet.mock.calls).toEqual([["Xếp hạng (2)"], ["Đề nghị khen thưởng"]]);
  });

  it("Tạo phiếu bầu says where the papers are, for how many members, and what to fill after the count", async () => {
    const { host } = deferredHost();
    renderPane(host);
    await fromMenu("Tạo phiếu bầu");
    expect(host.ballots).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(
        "Đã ghi phiếu bầu ở trang 'In phiếu bầu' (9 bản mỗi hình thức): Cờ thi đua cấp bộ 1 ứng viên. Đã thêm trang Phiếu bầu: sau khi kiểm phiếu, điền Đồng ý và Không đồng ý từng dòng, điền Số thành viên dự họp ở Cấu hình, rồi xếp hạng lại."
      )
    ).toBeInTheDocument();
  });

  it("speaks English by Office's language, and by the workbook's setting after a run", async () => {
    const { host, pending } = deferredHost();
    renderPane(host, "en");
    expect(screen.getByRole("button", { name: "Rank" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    await act(async () => pending[0]?.resolve(english));
    expect(screen.getByText("Empty cell: criterion VT2 scores 0 points.")).toBeInTheDocument();
  });

  it("the auto-regenerate switch is kept by the host", async () => {
    const set = jest.fn(async () => undefined);
    const { host } = deferredHost({ autoRegenerate: { get: () => false, set } });
    renderPane(host);
    await fromMenu("Tự động xếp hạng lại sau khi sửa", "menuitemcheckbox");
    expect(set).toHaveBeenCalledWith(true);
  });
});

describe("Gộp báo cáo (issue 14): nothing is written before the secretary confirms", () => {
  it("lists every cell and conflict, then writes, overwriting only what was ticked", async () => {
    const { host } = deferredHost();
    renderPane(host);
    // jsdom's File has no arrayBuffer(): the browser's does.
    const files = ["a.xlsx", "b.xlsx"].map((name) =>
      Object.assign(new File([new Uint8Array([1])], name), {
        arrayBuffer: async () => new ArrayBuffer(1),
      })
    );
    const input = document.getElementById("report-files") as HTMLInputElement;
    await act(async () => fireEvent.change(input, { target: { files } }));
    await screen.findByText("Kết quả!C5 ← 94,7 (a.xlsx: Báo cáo!G6)");
    expect(host.collect).toHaveBeenLastCalledWith(
      [expect.objectContaining({ name: "a.xlsx" }), expect.objectContaining({ name: "b.xlsx" })],
      { overwrite: false, takeLater: false, write: false }
    );
    expect(screen.getByText(/Kết quả!C6: đang có 100, báo cáo ghi 12.5/)).toBeInTheDocument();
    expect(screen.getByText(/c\.xlsx: Báo cáo!G7/)).toBeInTheDocument();
    expect(screen.getByText("Viễn thông Huế (TT25.11)")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("checkbox", { name: /Ghi đè 1 ô xung đột/ }));
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Ghi 2 ô vào Kết quả" }))
    );
    expect(host.collect).toHaveBeenLastCalledWith(expect.any(Array), {
      overwrite: true,
      takeLater: false,
      write: true,
    });
    expect(await screen.findByText(/Đã gộp 1\/2 báo cáo, ghi 2 ô/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /vào Kết quả/ })).toBeNull();
  });

  it("makes the forms of the quarter chosen", async () => {
    const { host } = deferredHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /^(Thêm|More)$/ }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Tạo mẫu báo cáo" }));
    await act(async () => fireEvent.click(screen.getByRole("menuitem", { name: "Quý 1" })));
    expect(host.reportForms).toHaveBeenCalledWith(1);
    expect(await screen.findByText(/Đã tạo 28 mẫu báo cáo Quý 1\/2026/)).toBeInTheDocument();
  });
});
