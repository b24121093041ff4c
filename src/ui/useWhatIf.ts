import { useEffect, useState } from "react";
import { Exact, type Move } from "../engine";
import type { WhatIfModel } from "./PaneHost";

/**
 * Re-ranking waits this long after the slider last moved. A step takes tens of milliseconds even at
 * 10,000 nominees (issue 15, `npm run bench`), so the list follows the slider without running on each pixel.
 */
export const SETTLE_MS = 60;

/** The what-if's state: the weight chosen, its percent, the max it gives and who would move. */
export function useWhatIf(model: WhatIfModel) {
  const [key, setKey] = useState(model.targets[0]?.key ?? "");
  const [percent, setPercent] = useState(100);
  const [moves, setMoves] = useState<readonly Move[]>([]);
  const target = model.targets.find((t) => t.key === key) ?? model.targets[0];
  useEffect(() => {
    if (!target || percent === 100) {
      setMoves([]);
      return;
    }
    const timer = setTimeout(() => setMoves(model.run(target, percent / 100)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [model, target, percent]);
  const newMax = target
    ? new Exact(String(target.max)).times(percent).div(100).toDecimalPlaces(2).toNumber()
    : 0;
  return { target, setKey, percent, setPercent, moves, newMax };
}
