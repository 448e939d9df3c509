// The static HTML of `kth-vs render` (the fallback inside an element on pages without scripts) and the
// rendered widget come from the same view of the core; this checks that they say the same, for every
// widget in both languages. Both are read as a reader gets them: the widget without the controls a
// page without scripts cannot offer, without what only a screen reader hears and without decoration
// hidden from it, and the static HTML by the same rules.
import { afterEach } from 'vitest'
import { cleanup } from './test-support/mount.js'
import { compareWithStaticHtml } from './test-support/static-html.js'
import './define.js'

afterEach(cleanup)

compareWithStaticHtml('the static HTML says what the widget shows')
