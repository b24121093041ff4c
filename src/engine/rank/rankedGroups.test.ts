import fc from "fast-check";
import type { NomineeScore } from "../score/scoreNominee";
import {
  type Moves,
  type Places,
  TopDownList,
  placesOf,
  rankedGroups,
  topDownGroups,
} from "./rankedGroups";
import type { Standing } from "./rankNominees";

/** A standing of nominee `index` in group `group`: only what ranking reads. */
function standing(index: number, group: string, scoreCents: number, tie = 0): Standing {
  const nominee = { index, id: `N${String(index).padStart(3, "0")}`, group };
  return { score: { nominee } as unknown as NomineeScore, scoreCents, ties: [tie] };
}
const groupOf = (s: Standing) =>
  (s.score.nominee as unknown as { group: string }).group === "out"
    ? null
    : (s.score.nominee as unknown as { group: string }).group;

/** The moves from `before` to `after`, as a re-ranking works them out. */
function movesOf(before: readonly Standing[], after: readonly Standing[]): Moves {
  const was = new Map(before.map((s) => [s.score.nominee.index, s]));
  const now: Standing[] = [];
  for (const s of after) now[s.score.nominee.index] = s;
  return {
    now,
    changed: [
      ...after.filter((s) => was.get(s.score.nominee.index) !== s),
      ...before.filter((s) => now[s.score.nominee.index] === undefined),
    ],
    appeared: after.filter((s) => !was.has(s.score.nominee.index)),
  };
}

/** Each group's first `upTo` places (all by default): id and rank. */
const plain = (groups: ReadonlyMap<string, Places>, upTo = Infinity) =>
  new Map(
    [...groups].map(([k, g]) => [
      k,
      {
        size: g.size,
        top: Array.from({ length: Math.min(upTo, g.size) }, (_, i) => [
          g.at(i).score.nominee.id,
          g.rankAt(i),
        ]),
      },
    ])
  );
const placesOfAll = (groups: ReturnType<typeof rankedGroups>) =>
  new Map([...groups].map(([k, g]) => [k, placesOf(g)]));

// Each nominee: its group, its score before, and what a weight does to it.
const nomineeArb = fc.record({
  group: fc.constantFrom("K1", "K2", "K3", "out"),
  cents: fc.integer({ min: 0, max: 20 }),
  tie: fc.integer({ min: 0, max: 2 }),
  change: fc.constantFrom("same", "same", "moved", "gone", "appears"),
  movedCents: fc.integer({ min: 0, max: 20 }),
});

describe("ranked groups from an earlier ranking, read from the top (issue 15)", () => {
  it("equal a fresh ranking, read whole or in part, and an unmoved group is the earlier list", () =>
    fc.assert(
      fc.property(
        fc.array(nomineeArb, { maxLength: 30 }),
        fc.integer({ min: 0, max: 8 }),
        (nominees, upTo) => {
          const before: Standing[] = [];
          const after: Standing[] = [];
          nominees.forEach((n, i) => {
            const was = standing(i, n.group, n.cents, n.tie);
            if (n.change !== "appears") before.push(was);
            if (n.change === "same") after.push(was);
            else if (n.change !== "gone") after.push(standing(i, n.group, n.movedCents, n.tie));
          });
          const earlier = rankedGroups(before, groupOf);
          const fresh = placesOfAll(rankedGroups(after, groupOf));
          const moves = movesOf(before, after);
          // Read partly first: what is read later must not depend on how far it was read before.
          const again = topDownGroups(groupOf, { groups: earlier, moves });
          expect(plain(again, upTo)).toEqual(plain(fresh, upTo));
          expect(plain(again)).toEqual(plain(fresh));
          for (const [key, list] of again) {
            const touched = nominees.some((n) => n.group === key && n.change !== "same");
            // Sorted neither again nor lazily: the earlier list's own places.
            if (!touched) expect(list).not.toBeInstanceOf(TopDownList);
          }
        }
      ),
      { numRuns: 300 }
    ));

  it("leaves out the standings without a key", () => {
    const groups = rankedGroups([standing(0, "out", 5), standing(1, "K1", 3)], groupOf);
    expect([...groups.keys()]).toEqual(["K1"]);
  });
});
