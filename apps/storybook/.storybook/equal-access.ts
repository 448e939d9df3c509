// IBM's Equal Access engine (accessibility-checker-engine), run beside axe on every story: a second
// engine with rules of its own (it found nothing axe missed inside the widgets, but it reads the
// accessibility tree differently, so it guards against a class of mistakes axe does not look for).
import aceUrl from 'accessibility-checker-engine/ace.js?url'

/** The rule set: WCAG 2.2 A and AA, as KTH's statement claims. */
export const EQUAL_ACCESS_POLICY = 'WCAG_2_2'

interface AceResult {
  ruleId: string
  value: [string, string]
  message: string
  path: { dom: string }
}
interface AceChecker {
  check(root: Node, policies: string[]): Promise<{ results: AceResult[] }>
}
declare global {
  interface Window {
    ace?: { Checker: new () => AceChecker }
  }
}

let loading: Promise<void> | undefined

/** The engine is a classic script that defines `window.ace`; it is loaded once per page. */
function loadEngine(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = aceUrl
    script.onload = () => resolve()
    script.onerror = () => reject(new Error(`accessibility-checker-engine did not load from ${aceUrl}`))
    document.head.append(script)
  })
  return loading
}

/**
 * The engine's violations (not its "potential" findings, which need a person to judge) for what is
 * inside `root`, shadow roots included, one line each: rule, message and where.
 */
export async function equalAccessViolations(root: Element): Promise<string[]> {
  await loadEngine()
  const engine = window.ace
  if (!engine) throw new Error('accessibility-checker-engine did not define window.ace')
  const report = await new engine.Checker().check(root, [EQUAL_ACCESS_POLICY])
  return report.results
    .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
    .map((result) => `Equal Access ${result.ruleId}: ${result.message} (${result.path.dom})`)
}
