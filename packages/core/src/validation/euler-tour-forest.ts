// Each tree of the forest is kept as its Euler tour: the sequence of "open u" and "close u" tokens a
// walk from the root meets, children nested between their parent's two tokens. The tour is stored as
// a treap (a binary search tree kept balanced by random priorities) ordered by position, whose nodes
// also hold the sum of +1 (open) and -1 (close) below them and the largest prefix sum of their part of
// the tour: the prefix sum at a node's "open" token is its depth, so the largest one is the depth of the
// tree. Linking a root under a node and cutting a node from its parent are a few splits and merges of
// these sequences, each O(log n) on average, and no operation recurses.

/** Token 0 is the empty tree; node `u` has tokens `2u + 1` (open) and `2u + 2` (close). */
const NONE = 0

/**
 * A forest of rooted trees over nodes `0 … size - 1`, every node at first a root of its own. It can
 * hang a root under any node of another tree, cut a node from its parent, tell whether two nodes are
 * in the same tree and how deep a tree is, each in O(log n) expected time.
 */
export class EulerTourForest {
  readonly #left: Int32Array
  readonly #right: Int32Array
  readonly #up: Int32Array
  readonly #priority: Uint32Array
  // Sum of the +1/-1 values in the token's subtree, and the largest prefix sum of that part of the tour.
  readonly #sum: Int32Array
  readonly #maxPrefix: Int32Array

  /** @param size - the number of nodes */
  constructor(size: number) {
    const tokens = 2 * size + 1
    this.#left = new Int32Array(tokens)
    this.#right = new Int32Array(tokens)
    this.#up = new Int32Array(tokens)
    this.#priority = new Uint32Array(tokens)
    this.#sum = new Int32Array(tokens)
    this.#maxPrefix = new Int32Array(tokens)
    this.#maxPrefix[NONE] = -1 // no prefix: below any real prefix sum, which is never less than 0
    // A fixed seed: the shapes of the treaps, and so the running time, are the same on every run.
    let seed = 0x9e3779b9
    for (let token = 1; token < tokens; token++) {
      seed ^= seed << 13
      seed ^= seed >>> 17
      seed ^= seed << 5
      this.#priority[token] = seed >>> 0
      this.#refresh(token)
    }
    for (let node = 0; node < size; node++) this.#merge(2 * node + 1, 2 * node + 2)
  }

  /** Whether `a` and `b` are in the same tree. */
  connected(a: number, b: number): boolean {
    return this.#top(open(a)) === this.#top(open(b))
  }

  /** The root of the tree that holds `node`. */
  rootOf(node: number): number {
    let token = this.#top(open(node))
    while (this.#left[token] !== NONE) token = this.#left[token] as number
    return (token - 1) >> 1
  }

  /** The number of levels of the tree that holds `node`: 1 for a root alone. */
  depthOfTree(node: number): number {
    return this.#maxPrefix[this.#top(open(node))] as number
  }

  /**
   * Hangs the tree of `root` (which must be a root) under `parent`, which must be in another tree.
   * The caller checks {@link connected} first: linking inside one tree would make a cycle.
   */
  link(root: number, parent: number): void {
    const tour = this.#top(open(root))
    const [before, after] = this.#splitAfter(open(parent))
    this.#merge(this.#merge(before, tour), after)
  }

  /** Cuts `node` (which must not be a root) from its parent: its subtree becomes a tree of its own. */
  cut(node: number): void {
    // Take out the part from `open(node)` to `close(node)`, then join what was on either side of it.
    const [, after] = this.#splitAfter(close(node))
    const [before] = this.#splitBefore(open(node))
    this.#merge(before, after)
  }

  #refresh(token: number): void {
    const left = this.#left[token] as number
    const right = this.#right[token] as number
    const value = token % 2 === 1 ? 1 : -1
    const leftSum = this.#sum[left] as number
    const here = leftSum + value
    this.#sum[token] = here + (this.#sum[right] as number)
    this.#maxPrefix[token] = Math.max(
      this.#maxPrefix[left] as number,
      here,
      right === NONE ? -1 : here + (this.#maxPrefix[right] as number),
    )
  }

  #top(token: number): number {
    let at = token
    while (this.#up[at] !== NONE) at = this.#up[at] as number
    return at
  }

  #setUp(token: number, up: number): void {
    if (token !== NONE) this.#up[token] = up
  }

  /** Splits the sequence holding `token` into the part up to and including it, and the rest. */
  #splitAfter(token: number): [number, number] {
    const after = this.#right[token] as number
    this.#right[token] = NONE
    this.#setUp(after, NONE)
    this.#refresh(token)
    return this.#climb(token, token, after)
  }

  /** Splits the sequence holding `token` into the part before it, and the rest. */
  #splitBefore(token: number): [number, number] {
    const before = this.#left[token] as number
    this.#left[token] = NONE
    this.#setUp(before, NONE)
    this.#refresh(token)
    return this.#climb(token, before, token)
  }

  // Walks up from a split point: each ancestor joins the side it lies on, with the part built so far of
  // that side as its child where the walk came from.
  #climb(start: number, firstBefore: number, firstAfter: number): [number, number] {
    let before = firstBefore
    let after = firstAfter
    let at = start
    while (this.#up[at] !== NONE) {
      const parent = this.#up[at] as number
      if (this.#right[parent] === at) {
        this.#right[parent] = before
        this.#setUp(before, parent)
        this.#refresh(parent)
        before = parent
      } else {
        this.#left[parent] = after
        this.#setUp(after, parent)
        this.#refresh(parent)
        after = parent
      }
      at = parent
    }
    this.#setUp(before, NONE)
    this.#setUp(after, NONE)
    return [before, after]
  }

  /** Joins two sequences, `a` before `b`, and returns the top of the result. */
  #merge(a: number, b: number): number {
    if (a === NONE) return b
    if (b === NONE) return a
    // Walk down the right edge of `a` and the left edge of `b`, hanging the token of higher priority
    // next: under `slot`, on its right (`onRight`) or its left.
    let top = NONE
    let slot = NONE
    let onRight = false
    let restA = a
    let restB = b
    while (restA !== NONE || restB !== NONE) {
      const takeA =
        restB === NONE ||
        (restA !== NONE && (this.#priority[restA] as number) > (this.#priority[restB] as number))
      const token = takeA ? restA : restB
      if (slot === NONE) top = token
      else if (onRight) this.#right[slot] = token
      else this.#left[slot] = token
      this.#up[token] = slot
      if (restA === NONE || restB === NONE) break // the rest hangs whole
      slot = token
      onRight = takeA
      if (takeA) restA = this.#right[restA] as number
      else restB = this.#left[restB] as number
    }
    for (let at = slot; at !== NONE; at = this.#up[at] as number) this.#refresh(at)
    return top
  }
}

function open(node: number): number {
  return 2 * node + 1
}

function close(node: number): number {
  return 2 * node + 2
}
