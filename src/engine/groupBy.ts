/**
 * Items grouped by a key, groups in order of first appearance.
 *
 * @example groupBy(['a1', 'b1', 'a2'], (s) => s[0]) // Map { 'a' => ['a1', 'a2'], 'b' => ['b1'] }
 */
export function groupBy<K, V>(items: Iterable<V>, key: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
