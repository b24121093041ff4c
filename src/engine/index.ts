/**
 * The engine's one front door: everything the adapters, the use cases and the pages use of it. A door never
 * reaches into `engine/*\/*` (lint rule); inside the engine, modules import each other directly.
 */
export { compareRuns, describeChanges } from "./changes/compareRuns";
export { MEMORY_COLUMNS, buildMemory, readMemory } from "./changes/memory";
export { ballotPapers, ballotRaces, ballotSheet, missingBallotRows } from "./document/ballotPaper";
export type { BallotRace } from "./document/ballotPaper";
export { coverLetter } from "./document/coverLetter";
export { minutes } from "./document/minutes";
export type { PrintDoc, PrintRow, PrintStyle } from "./document/printDoc";
export { proposalList } from "./document/proposalList";
export { PRINT_LIMIT, explanationsPrint, printable, rankingPrint } from "./document/rankingPrint";
export { CHART_TITLE, scoreCharts } from "./document/scoreChart";
export type { ChartBlock } from "./document/scoreChart";
export { explainGap } from "./explain/explainGap";
export { explainParts } from "./explain/explainNominee";
export { formatNumber } from "./explain/phrases";
export { Exact } from "./expression/values";
export { groupBy } from "./groupBy";
export type { ForeignFile, PartReason } from "./messages/codes";
export { address, columnName, message, placeOf } from "./messages/message";
export type { Message } from "./messages/message";
export { renderMessage } from "./messages/renderMessage";
export type { Language } from "./messages/renderMessage";
export type { Settings } from "./model";
export { LOG_COLUMNS, buildLogRow, localTime, runAt } from "./output/buildLog";
export type { RunInfo } from "./output/buildLog";
export { buildOutputTable, messageLine } from "./output/buildOutputTable";
export type { OutputColumn, OutputTable, OutputValue } from "./output/buildOutputTable";
export { buildProposals } from "./output/buildProposals";
export { ownKindOf, ownSheets } from "./ownSheets";
export type { DocumentSheet, OwnSheets } from "./ownSheets";
export { scopeGroupHeading, scopeGroupOf } from "./output/scopeGroups";
export { LOG_SHEET, MEMORY_SHEET, sameSheetName } from "./output/sheetNames";
export { groupMessages, summarize } from "./output/summarize";
export type { MessageItem, RunSummary } from "./output/summarize";
export { toJson, toJsonMessage } from "./output/toJson";
export type { JsonResult } from "./output/toJson";
export { rankCouncil } from "./rankCouncil";
export { cellsToWrite, mergedSnapshot } from "./reporting/mergedSnapshot";
export { planMerge } from "./reporting/planMerge";
export type { Conflict, MergeOptions, MergePlan, MergeWrite } from "./reporting/planMerge";
export { readReport } from "./reporting/readReport";
export type { Report } from "./reporting/readReport";
export {
  FORM_HEADER_ROW,
  INFO_SHEET,
  REPORT_SHEET,
  REPORT_TABLE,
  periodDeadline,
  reportForms,
} from "./reporting/reportForm";
export type { FormulaValue, ReportForm, ReportPeriod } from "./reporting/reportForm";
export {
  REVIEW_COLUMNS,
  REVIEW_SHEET,
  REVIEW_TABLE,
  SOURCE_COLUMNS,
  SOURCE_SHEET,
  SOURCE_TABLE,
  earlierSources,
  mergeSheetName,
  missingLines,
  reviewRows,
  sourceRows,
  sourcesOf,
} from "./reporting/reportSheets";
export type { ReportingUnit } from "./reporting/reportingUnits";
export { shownScore } from "./result";
export type { NomineeResult, RankResult } from "./result";
export type { PastWorkbook } from "./readCouncil";
export { BALLOTS } from "./read/inputs";
export { dateText } from "./read/quarters";
export { inputSheetNames } from "./read/sheetsToRead";
export { fromCents } from "./score/cents";
export type {
  Cell,
  CellProblem,
  CellRange,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from "./snapshot";
export { reviewYearOn } from "./template/awardPresets";
export { councilTemplate, templateWidth } from "./template/defaultTemplate";
export type { TemplateSheet } from "./template/defaultTemplate";
export { monthOf, templateFor } from "./template/templateFor";
export { matchKey, textKey } from "./text/normalize";
export { stability } from "./whatif/stability";
export type { Stability } from "./whatif/stability";
export { weightTargets, whatIf } from "./whatif/whatIf";
export type { Move, WeightTarget } from "./whatif/whatIf";
