import { type Language, type ProgrammeDocument, isHttpUrl, toLanguage } from '@kth-vs/core'
import { LitElement, type PropertyValues, type TemplateResult, html, nothing } from 'lit'
import { live } from 'lit/directives/live.js'
import { type DataIssue, type DataState, EXAMPLE_DOCUMENT, analyseJson, analyseRows } from './data.js'
import { embedBuilderStyles } from './embed-builder.styles.js'
import { lineRange } from './json-lines.js'
import { type BuilderMessages, builderMessages } from './messages.js'
import {
  type AttributePair,
  type OptionSpec,
  type OptionValues,
  WIDGETS,
  WIDGET_NAMES,
  type WidgetName,
  attributesFor,
  optionProblem,
  optionProblems,
  optionsFor,
} from './options.js'
import type { RowsField } from './programme-from-rows.js'
import {
  type Release,
  type SnippetRequest,
  assetUrl,
  iframeSnippet,
  readRelease,
  scriptSnippet,
} from './snippet.js'

/** Where the preview's and the snippet's data come from. */
export type DataMode = 'builtin' | 'json' | 'rows'

/** The two forms of snippet. */
export type SnippetForm = 'script' | 'iframe'

/** How long typing in a text box pauses before the data is checked again, so each key press is not announced. */
const CHECK_DELAY_MS = 300

/** An element of the kit as the preview sees it: any element with a `data` property. */
type PreviewElement = HTMLElement & { data?: unknown }

/**
 * The editors' embed builder: choose a widget, its language and options and its data (the built-in
 * VS programme, one's own JSON, or rows pasted from a spreadsheet), see it live, see what is wrong with
 * the data and where, and copy a ready snippet (script and element, or an iframe). Speaks the
 * language of the page.
 */
export class VsEmbedBuilder extends LitElement {
  static override styles = [embedBuilderStyles]

  static override properties = {
    widget: { state: true },
    widgetLang: { state: true },
    values: { state: true },
    dataMode: { state: true },
    jsonText: { state: true },
    rowsText: { state: true },
    nameSv: { state: true },
    nameEn: { state: true },
    sourceUrl: { state: true },
    dataUrl: { state: true },
    baseUrl: { state: true },
    form: { state: true },
    copyStatus: { state: true },
    fileStatus: { state: true },
    cdnSettled: { state: true },
    builtinDocument: { state: true },
    release: { state: true },
  }

  declare protected widget: WidgetName
  declare protected widgetLang: Language
  /** The options chosen for each widget, kept when the editor switches between widgets. */
  declare protected values: Record<WidgetName, OptionValues>
  declare protected dataMode: DataMode
  declare protected jsonText: string
  declare protected rowsText: string
  declare protected nameSv: string
  declare protected nameEn: string
  declare protected sourceUrl: string
  declare protected dataUrl: string
  declare protected baseUrl: string
  declare protected form: SnippetForm
  declare protected copyStatus: string
  declare protected fileStatus: string
  /** True once the page has loaded, so a widget that is still not defined is missing, not loading. */
  declare protected cdnSettled: boolean
  /** The built-in document, as the preview loaded it: a starting point for one's own data. */
  declare protected builtinDocument: ProgrammeDocument | undefined
  /** The release published at `baseUrl`, read from its `release.json`; undefined when there is none. */
  declare protected release: Release | undefined

  #lang: Language = 'sv'
  #state: DataState & { items?: number; header?: boolean } = { value: undefined, issues: [] }
  #stateKey = ''
  #preview: PreviewElement | undefined
  #previewKey = ''
  #checkTimer: ReturnType<typeof setTimeout> | undefined
  #waitingFor = new Set<string>()
  #releaseFrom = ''
  #releaseLoading: AbortController | undefined

  constructor() {
    super()
    this.widget = 'org-chart'
    this.widgetLang = 'sv'
    this.values = Object.fromEntries(WIDGET_NAMES.map((name) => [name, {}])) as Record<
      WidgetName,
      OptionValues
    >
    this.dataMode = 'builtin'
    this.jsonText = ''
    this.rowsText = ''
    this.nameSv = ''
    this.nameEn = ''
    this.sourceUrl = ''
    this.dataUrl = ''
    this.baseUrl = typeof location === 'undefined' ? '' : `${location.origin}/`
    this.form = 'script'
    this.copyStatus = ''
    this.fileStatus = ''
    this.cdnSettled = document.readyState === 'complete'
    this.builtinDocument = undefined
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#lang = toLanguage(this.closest('[lang]')?.getAttribute('lang')) ?? 'sv'
    this.widgetLang = this.#lang
    if (!this.cdnSettled) window.addEventListener('load', this.#settle, { once: true })
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('load', this.#settle)
    clearTimeout(this.#checkTimer)
    this.#releaseLoading?.abort()
    this.#releaseFrom = ''
  }

  #settle = () => {
    this.cdnSettled = true
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#analyse()
    this.#updatePreview()
    this.#findRelease()
  }

  /**
   * Reads `release.json` from the folder the kit is published at, so the snippet can pin that version
   * with its SRI hashes. The host must allow CORS for the kit's files anyway; without the file the
   * snippet loads the unversioned `kth-vs.js`.
   */
  #findRelease(): void {
    const url = assetUrl(this.baseUrl, 'release.json') ?? ''
    if (url === this.#releaseFrom) return
    this.#releaseFrom = url
    this.#releaseLoading?.abort()
    this.release = undefined
    if (!url) return
    const controller = new AbortController()
    this.#releaseLoading = controller
    fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : undefined))
      .then(
        (value: unknown) => {
          if (!controller.signal.aborted) this.release = readRelease(value)
        },
        () => undefined,
      )
  }

  /** Reads and checks the data again when what it is made from has changed. */
  #analyse(): void {
    const key = JSON.stringify(
      this.dataMode === 'json'
        ? ['json', this.jsonText]
        : this.dataMode === 'rows'
          ? ['rows', this.rowsText, this.nameSv, this.nameEn, this.sourceUrl]
          : ['builtin'],
    )
    if (key === this.#stateKey) return
    this.#stateKey = key
    if (this.dataMode === 'json') this.#state = analyseJson(this.jsonText)
    else if (this.dataMode === 'rows')
      this.#state = analyseRows(this.rowsText, {
        nameSv: this.nameSv,
        nameEn: this.nameEn,
        sourceUrl: this.sourceUrl,
      })
    else this.#state = { value: undefined, issues: [] }
  }

  /** The attributes the preview gets: the language and every option that has no problem. */
  #previewAttributes(): AttributePair[] {
    const specs = new Map(optionsFor(this.widget).map((spec) => [spec.attribute, spec]))
    const values = this.values[this.widget]
    const fine = Object.fromEntries(
      Object.entries(values).filter(([name, value]) => {
        const spec = specs.get(name)
        return spec !== undefined && optionProblem(spec, value) === undefined
      }),
    )
    return [['lang', this.widgetLang], ...attributesFor(this.widget, fine)]
  }

  /**
   * Keeps the preview element in step: a new element when the tag or an attribute changes (as a page
   * would load it), and the `data` property set whenever the data changes.
   */
  #updatePreview(): void {
    const { tag } = WIDGETS[this.widget]
    if (!customElements.get(tag) && !this.#waitingFor.has(tag)) {
      this.#waitingFor.add(tag)
      void customElements.whenDefined(tag).then(() => this.requestUpdate())
    }
    const attributes = this.#previewAttributes()
    const key = JSON.stringify([tag, attributes])
    if (key !== this.#previewKey || !this.#preview) {
      this.#previewKey = key
      const element: PreviewElement = document.createElement(tag)
      for (const [name, value] of attributes) element.setAttribute(name, value)
      element.addEventListener('vs-load', this.#onPreviewLoad)
      this.#preview = element
    }
    const data = this.dataMode === 'builtin' ? undefined : this.#state.value
    if (this.#preview.data !== data) this.#preview.data = data
  }

  #onPreviewLoad = (event: Event) => {
    const detail = (event as CustomEvent<{ document: ProgrammeDocument; origin: string }>).detail
    if (detail.origin === 'default' && !this.builtinDocument) this.builtinDocument = detail.document
  }

  get #text(): BuilderMessages {
    return builderMessages[this.#lang]
  }

  // Events

  #chooseWidget(event: Event) {
    this.widget = (event.target as HTMLInputElement).value as WidgetName
    this.copyStatus = ''
  }

  #setOption(spec: OptionSpec, value: string | boolean) {
    this.values = { ...this.values, [this.widget]: { ...this.values[this.widget], [spec.attribute]: value } }
    this.copyStatus = ''
  }

  #toggleChoice(spec: OptionSpec, choice: string, on: boolean) {
    const current = this.values[this.widget][spec.attribute]
    const chosen = new Set(typeof current === 'string' ? current.split(/\s+/).filter(Boolean) : [])
    if (on) chosen.add(choice)
    else chosen.delete(choice)
    // Kept in the table's order, so the attribute does not depend on the order of the clicks.
    const ordered = (spec.values ?? []).map((option) => option.value).filter((value) => chosen.has(value))
    this.#setOption(spec, ordered.join(' '))
  }

  #chooseData(event: Event) {
    const mode = (event.target as HTMLInputElement).value as DataMode
    this.dataMode = mode
    this.copyStatus = ''
    // Own data starts from something valid, so the first thing an editor sees is not a list of errors.
    if (mode === 'json' && this.jsonText.trim() === '') this.#fill(this.builtinDocument ?? EXAMPLE_DOCUMENT)
  }

  #fill(value: unknown) {
    this.#replaceJson(JSON.stringify(value, null, 2))
  }

  /** Puts new text in the JSON box, dropping a check still pending for what was typed before. */
  #replaceJson(text: string) {
    clearTimeout(this.#checkTimer)
    this.jsonText = text
    // Typing not yet checked left the box out of step with jsonText; set it, in case jsonText did not change.
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#json')
    if (box) box.value = text
  }

  /** Checks a text box's content a moment after typing stops. */
  #typed(event: Event, apply: (value: string) => void) {
    const field = event.target as HTMLTextAreaElement
    clearTimeout(this.#checkTimer)
    this.#checkTimer = setTimeout(() => apply(field.value), CHECK_DELAY_MS)
  }

  async #upload(event: Event) {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    if (!file) return
    try {
      this.#replaceJson(await file.text())
      this.fileStatus = this.#text.fileRead(file.name)
    } catch {
      this.fileStatus = this.#text.fileFailed(file.name)
    }
  }

  #goToLine(target: 'json' | 'rows', line: number) {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${target}`)
    if (!box) return
    const [start, end] = lineRange(box.value, line)
    box.focus()
    box.setSelectionRange(start, end)
    // Lines do not wrap in the box, so the line's offset is its number times the line height.
    const lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 20
    box.scrollTop = Math.max(0, (line - 3) * lineHeight)
  }

  #goToField(field: RowsField) {
    this.renderRoot.querySelector<HTMLInputElement>(field === 'name' ? '#name-sv' : '#source-url')?.focus()
  }

  async #copy() {
    const code = this.renderRoot.querySelector('#snippet code')
    const text = code?.textContent ?? ''
    try {
      await navigator.clipboard.writeText(text)
      this.copyStatus = this.#text.copied
    } catch {
      // No clipboard (an older browser, or permission refused): select the code for Ctrl+C instead.
      const selection = getSelection()
      if (code && selection) {
        const range = document.createRange()
        range.selectNodeContents(code)
        selection.removeAllRanges()
        selection.addRange(range)
      }
      this.copyStatus = this.#text.copyFallback
    }
  }

  // Rendering

  protected override render(): TemplateResult {
    return html`
      ${this.#renderWidgetChoice()} ${this.#renderOptions()} ${this.#renderData()} ${this.#renderPreview()}
      ${this.#renderSnippet()}
    `
  }

  #renderWidgetChoice(): TemplateResult {
    const text = this.#text
    const lang = this.#lang
    return html`<fieldset class="step">
      <legend><h2>${text.widgetLegend}</h2></legend>
      <div class="choices choices--widgets">
        ${WIDGET_NAMES.map(
          (name) =>
            html`<div class="choice">
              <input
                type="radio"
                name="widget"
                id="widget-${name}"
                value=${name}
                .checked=${live(this.widget === name)}
                aria-describedby="widget-${name}-help"
                @change=${this.#chooseWidget}
              />
              <label for="widget-${name}">${WIDGETS[name].label[lang]}</label>
              <p class="help" id="widget-${name}-help">
                ${WIDGETS[name].description[lang]} <code>&lt;${WIDGETS[name].tag}&gt;</code>
              </p>
            </div>`,
        )}
      </div>
      <fieldset class="group">
        <legend>${text.widgetLanguageLegend}</legend>
        <div class="choices choices--inline">
          ${(['sv', 'en'] as const).map(
            (code) =>
              html`<div class="choice">
                <input
                  type="radio"
                  name="widget-lang"
                  id="widget-lang-${code}"
                  value=${code}
                  .checked=${live(this.widgetLang === code)}
                  @change=${() => {
                    this.widgetLang = code
                  }}
                />
                <label for="widget-lang-${code}" lang=${code}
                  >${builderMessages[code].languageNames[code]}</label
                >
              </div>`,
          )}
        </div>
      </fieldset>
    </fieldset>`
  }

  #renderOptions(): TemplateResult {
    const problems = new Map(
      optionProblems(this.widget, this.values[this.widget]).map((problem) => [
        problem.attribute,
        problem.message,
      ]),
    )
    return html`<fieldset class="step">
      <legend><h2>${this.#text.optionsHeading}</h2></legend>
      <div class="fields">
        ${optionsFor(this.widget).map((spec) => this.#renderOption(spec, problems.get(spec.attribute)?.[this.#lang]))}
      </div>
      ${this.#renderSuggestions()}
    </fieldset>`
  }

  #renderOption(spec: OptionSpec, problem: string | undefined): TemplateResult {
    const lang = this.#lang
    const id = `option-${spec.attribute}`
    const value = this.values[this.widget][spec.attribute]
    const describedBy = problem ? `${id}-help ${id}-problem` : `${id}-help`
    const help = html`<p class="help" id="${id}-help">${spec.help[lang]}</p>`
    const problemText = problem ? html`<p class="field-problem" id="${id}-problem">${problem}</p>` : nothing
    if (spec.kind === 'checkbox') {
      return html`<div class="field field--check">
        <input
          type="checkbox"
          id=${id}
          .checked=${live(value === true)}
          aria-describedby=${describedBy}
          @change=${(event: Event) => this.#setOption(spec, (event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${spec.label[lang]}</label>
        ${help}
      </div>`
    }
    if (spec.kind === 'select' && spec.multiple) {
      const chosen = new Set(typeof value === 'string' ? value.split(/\s+/) : [])
      return html`<fieldset class="field group" aria-describedby=${describedBy}>
        <legend>${spec.label[lang]}</legend>
        <div class="choices choices--inline">
          ${(spec.values ?? []).map(
            (option) =>
              html`<div class="choice">
                <input
                  type="checkbox"
                  id="${id}-${option.value}"
                  .checked=${live(chosen.has(option.value))}
                  @change=${(event: Event) =>
                    this.#toggleChoice(spec, option.value, (event.target as HTMLInputElement).checked)}
                />
                <label for="${id}-${option.value}">${option.label[lang]}</label>
              </div>`,
          )}
        </div>
        ${help} ${problemText}
      </fieldset>`
    }
    const current = typeof value === 'string' ? value : (spec.default ?? '')
    const onInput = (event: Event) =>
      this.#setOption(spec, (event.target as HTMLInputElement | HTMLSelectElement).value)
    let control: TemplateResult
    if (spec.kind === 'select') {
      control = html`<select
        id=${id}
        aria-describedby=${describedBy}
        aria-invalid=${problem ? 'true' : 'false'}
        @change=${onInput}
      >
        ${(spec.values ?? []).map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === current}>
              ${option.label[lang]}
            </option>`,
        )}
      </select>`
    } else {
      control = html`<input
        id=${id}
        type=${spec.kind}
        .value=${live(current)}
        min=${spec.min ?? nothing}
        max=${spec.max ?? nothing}
        list=${spec.suggest ? `suggest-${spec.suggest}` : nothing}
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${describedBy}
        aria-invalid=${problem ? 'true' : 'false'}
        @input=${onInput}
      />`
    }
    return html`<div class="field">
      <label for=${id}>${spec.label[lang]}</label>
      ${help} ${control} ${problemText}
    </div>`
  }

  /** Ids from the current data for the fields that take one: units for the org chart, areas for the timeline. */
  #renderSuggestions(): TemplateResult | typeof nothing {
    const document = this.dataMode === 'builtin' ? this.builtinDocument : this.#state.document
    if (!document) return nothing
    const lang = this.#lang
    const name = (text: { sv?: string; en?: string }) => text[lang] ?? text.sv ?? text.en ?? ''
    return html`<datalist id="suggest-units">
        ${document.units.map((unit) => html`<option value=${unit.id}>${name(unit.name)}</option>`)}
      </datalist>
      <datalist id="suggest-areas">
        ${document.supportAreas.map((area) => html`<option value=${area.id}>${name(area.title)}</option>`)}
      </datalist>`
  }

  #renderData(): TemplateResult {
    const text = this.#text
    const modes: [DataMode, string, string][] = [
      ['builtin', text.dataBuiltin, text.dataBuiltinHelp],
      ['json', text.dataJson, text.dataJsonHelp],
      ['rows', text.dataRows, text.dataRowsHelp],
    ]
    return html`<fieldset class="step">
      <legend><h2>${text.dataLegend}</h2></legend>
      <div class="choices">
        ${modes.map(
          ([mode, label, help]) =>
            html`<div class="choice">
              <input
                type="radio"
                name="data"
                id="data-${mode}"
                value=${mode}
                .checked=${live(this.dataMode === mode)}
                aria-describedby="data-${mode}-help"
                @change=${this.#chooseData}
              />
              <label for="data-${mode}">${label}</label>
              <p class="help" id="data-${mode}-help">${help}</p>
            </div>`,
        )}
      </div>
      ${this.dataMode === 'json' ? this.#renderJson() : nothing}
      ${this.dataMode === 'rows' ? this.#renderRows() : nothing} ${this.#renderProblems()}
    </fieldset>`
  }

  #renderJson(): TemplateResult {
    const text = this.#text
    const invalid = this.#state.issues.length > 0
    return html`<div class="panel">
      <div class="field">
        <label for="json">${text.jsonLabel}</label>
        <p class="help" id="json-help">${text.jsonHelp}</p>
        <textarea
          id="json"
          class="code"
          rows="16"
          wrap="off"
          spellcheck="false"
          autocomplete="off"
          autocapitalize="off"
          .value=${this.jsonText}
          aria-describedby="json-help problems-summary"
          aria-invalid=${invalid ? 'true' : 'false'}
          @input=${(event: Event) =>
            this.#typed(event, (value) => {
              this.jsonText = value
            })}
        ></textarea>
      </div>
      <div class="actions">
        ${
          this.builtinDocument
            ? html`<button type="button" @click=${() => this.#fill(this.builtinDocument)}>
                ${text.fillBuiltin}
              </button>`
            : nothing
        }
        <button type="button" @click=${() => this.#fill(EXAMPLE_DOCUMENT)}>${text.fillExample}</button>
      </div>
      <div class="field">
        <label for="file">${text.fileLabel}</label>
        <p class="help" id="file-help">${text.fileHelp}</p>
        <input
          id="file"
          type="file"
          accept="application/json,.json"
          aria-describedby="file-help file-status"
          @change=${this.#upload}
        />
        <p class="status" id="file-status" role="status">${this.fileStatus}</p>
      </div>
    </div>`
  }

  #renderRows(): TemplateResult {
    const text = this.#text
    const state = this.#state
    const fieldProblem = (field: RowsField) =>
      state.issues.find((found) => found.target === field)?.message[this.#lang]
    const nameProblem = fieldProblem('name')
    const sourceProblem = fieldProblem('source-url')
    return html`<div class="panel">
      ${this.widget === 'timeline' ? nothing : html`<p class="note">${text.rowsOnlyTimeline}</p>`}
      <div class="field">
        <label for="rows">${text.rowsLabel}</label>
        <p class="help" id="rows-help">${text.rowsHelp}</p>
        <textarea
          id="rows"
          class="code"
          rows="10"
          wrap="off"
          spellcheck="false"
          autocomplete="off"
          .value=${this.rowsText}
          aria-describedby="rows-help rows-read problems-summary"
          aria-invalid=${state.issues.some((found) => found.target === 'rows') ? 'true' : 'false'}
          @input=${(event: Event) =>
            this.#typed(event, (value) => {
              this.rowsText = value
            })}
        ></textarea>
        <p class="help" id="rows-read">
          ${this.rowsText.trim() === '' ? '' : text.rowsRead(state.items ?? 0, state.header ?? false)}
        </p>
      </div>
      <div class="fields">
        <div class="field">
          <label for="name-sv">${text.nameSvLabel}</label>
          <p class="help" id="name-help">${text.nameHelp}</p>
          ${nameProblem ? html`<p class="field-problem" id="name-problem">${nameProblem}</p>` : nothing}
          <input
            id="name-sv"
            type="text"
            lang="sv"
            .value=${live(this.nameSv)}
            aria-describedby=${nameProblem ? 'name-help name-problem' : 'name-help'}
            aria-invalid=${nameProblem ? 'true' : 'false'}
            @input=${(event: Event) => {
              this.nameSv = (event.target as HTMLInputElement).value
            }}
          />
        </div>
        <div class="field">
          <label for="name-en">${text.nameEnLabel}</label>
          <input
            id="name-en"
            type="text"
            lang="en"
            .value=${live(this.nameEn)}
            aria-describedby=${nameProblem ? 'name-help name-problem' : 'name-help'}
            aria-invalid=${nameProblem ? 'true' : 'false'}
            @input=${(event: Event) => {
              this.nameEn = (event.target as HTMLInputElement).value
            }}
          />
        </div>
        <div class="field">
          <label for="source-url">${text.sourceUrlLabel}</label>
          <p class="help" id="source-url-help">${text.sourceUrlHelp}</p>
          ${sourceProblem ? html`<p class="field-problem" id="source-url-problem">${sourceProblem}</p>` : nothing}
          <input
            id="source-url"
            type="url"
            .value=${live(this.sourceUrl)}
            placeholder="https://"
            aria-describedby=${sourceProblem ? 'source-url-help source-url-problem' : 'source-url-help'}
            aria-invalid=${sourceProblem ? 'true' : 'false'}
            @input=${(event: Event) => {
              this.sourceUrl = (event.target as HTMLInputElement).value
            }}
          />
        </div>
      </div>
    </div>`
  }

  /** The problems in the data, announced politely as they change; each says where, and offers to go there. */
  #renderProblems(): TemplateResult {
    const text = this.#text
    const lang = this.#lang
    const issues = this.#state.issues
    const item = (found: DataIssue) => {
      const where = found.where?.[lang]
      const line = found.line
      // Built as one run of text, so no template whitespace comes between the place and its colon.
      const lead = [
        where
          ? found.whereIsPath
            ? html`<code>${where}</code>`
            : html`<span class="where">${where}</span>`
          : nothing,
        line && found.target === 'json'
          ? html` <span class="line">(${text.lineText(line.line, line.exact)})</span>`
          : nothing,
        where || line ? ': ' : '',
      ]
      let action: TemplateResult | typeof nothing = nothing
      if (line && (found.target === 'json' || found.target === 'rows')) {
        const target = found.target
        action = html`<button type="button" class="link" @click=${() => this.#goToLine(target, line.line)}>
          ${target === 'rows' ? text.goToRow : text.goToLine(line.line)}
        </button>`
      } else if (found.target === 'name' || found.target === 'source-url') {
        const field = found.target
        action = html`<button type="button" class="link" @click=${() => this.#goToField(field)}>
          ${text.goToField}
        </button>`
      }
      return html`<li>${lead}${found.message[lang]} ${action}</li>`
    }
    return html`<div class="problems" aria-live="polite">
      ${
        this.dataMode === 'builtin'
          ? nothing
          : issues.length === 0
            ? html`<p class="problems-ok" id="problems-summary">${text.noProblems}</p>`
            : html`<p class="problems-summary" id="problems-summary">
                  ${text.problemsSummary(issues.length)}
                </p>
                <ul class="problems-list">
                  ${issues.map(item)}
                </ul>`
      }
    </div>`
  }

  #renderPreview(): TemplateResult {
    const text = this.#text
    const { tag } = WIDGETS[this.widget]
    let content: TemplateResult | PreviewElement | undefined
    if (this.dataMode === 'json' && this.#state.value === undefined)
      content = html`<p class="note">${text.previewNeedsJson}</p>`
    else if (customElements.get(tag)) content = this.#preview
    else if (!this.cdnSettled) content = html`<p class="note">${text.previewWaiting}</p>`
    else content = html`<p class="note">${text.previewMissing(tag)}</p>`
    return html`<section class="step" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${text.previewHeading}</h2>
      <div class="preview">${content}</div>
    </section>`
  }

  /** The snippet request for the current choices, or why there is none. */
  #snippet(): { code: string } | { withheld: string } {
    const text = this.#text
    if (this.#state.issues.length > 0) return { withheld: text.snippetWithheld }
    if (optionProblems(this.widget, this.values[this.widget]).length > 0)
      return { withheld: text.optionsWithheld }
    const programme =
      this.dataMode === 'builtin'
        ? text.builtinProgramme
        : (() => {
            const name = this.#state.document?.programme.name
            return name?.[this.widgetLang] ?? name?.sv ?? name?.en ?? ''
          })()
    const request: SnippetRequest = {
      widget: this.widget,
      lang: this.widgetLang,
      attributes: attributesFor(this.widget, this.values[this.widget]),
      data:
        this.dataMode === 'builtin'
          ? { kind: 'builtin' }
          : { kind: 'own', value: this.#state.value, url: this.dataUrl },
      baseUrl: this.baseUrl,
      release: this.release,
      title: builderMessages[this.widgetLang].iframeTitle(
        WIDGETS[this.widget].label[this.widgetLang],
        programme,
      ),
    }
    if (this.form === 'script') {
      const code = scriptSnippet(request)
      return code === undefined ? { withheld: text.baseUrlProblem } : { code }
    }
    const code = iframeSnippet(request)
    if (code === 'base-url') return { withheld: text.baseUrlProblem }
    if (code === 'data-url') return { withheld: text.dataUrlProblem }
    return { code }
  }

  #renderSnippet(): TemplateResult {
    const text = this.#text
    const snippet = this.#snippet()
    const forms: [SnippetForm, string, string][] = [
      ['script', text.snippetScript, text.snippetScriptHelp],
      ['iframe', text.snippetIframe, text.snippetIframeHelp],
    ]
    const baseProblem = !isHttpUrl(this.baseUrl.trim())
    const needsDataUrl = this.form === 'iframe' && this.dataMode !== 'builtin'
    const dataUrlProblem = needsDataUrl && !isHttpUrl(this.dataUrl.trim())
    return html`<section class="step" aria-labelledby="snippet-heading">
      <h2 id="snippet-heading">${text.snippetHeading}</h2>
      <fieldset class="group">
        <legend>${text.snippetFormLegend}</legend>
        <div class="choices">
          ${forms.map(
            ([form, label, help]) =>
              html`<div class="choice">
                <input
                  type="radio"
                  name="form"
                  id="form-${form}"
                  value=${form}
                  .checked=${live(this.form === form)}
                  aria-describedby="form-${form}-help"
                  @change=${() => {
                    this.form = form
                    this.copyStatus = ''
                  }}
                />
                <label for="form-${form}">${label}</label>
                <p class="help" id="form-${form}-help">${help}</p>
              </div>`,
          )}
        </div>
      </fieldset>
      <div class="fields">
        <div class="field">
          <label for="base-url">${text.baseUrlLabel}</label>
          <p class="help" id="base-url-help">${text.baseUrlHelp} ${text.hostNeeds}</p>
          <input
            id="base-url"
            type="url"
            .value=${live(this.baseUrl)}
            aria-describedby=${baseProblem ? 'base-url-help base-url-problem' : 'base-url-help'}
            aria-invalid=${baseProblem ? 'true' : 'false'}
            @input=${(event: Event) => {
              this.baseUrl = (event.target as HTMLInputElement).value
              this.copyStatus = ''
            }}
          />
          ${baseProblem ? html`<p class="field-problem" id="base-url-problem">${text.baseUrlProblem}</p>` : nothing}
        </div>
        ${
          needsDataUrl
            ? html`<div class="field">
                <label for="data-url">${text.dataUrlLabel}</label>
                <p class="help" id="data-url-help">${text.dataUrlHelp}</p>
                <input
                  id="data-url"
                  type="url"
                  placeholder="https://"
                  .value=${live(this.dataUrl)}
                  aria-describedby=${dataUrlProblem ? 'data-url-help data-url-problem' : 'data-url-help'}
                  aria-invalid=${dataUrlProblem ? 'true' : 'false'}
                  @input=${(event: Event) => {
                    this.dataUrl = (event.target as HTMLInputElement).value
                    this.copyStatus = ''
                  }}
                />
                ${
                  dataUrlProblem
                    ? html`<p class="field-problem" id="data-url-problem">${text.dataUrlProblem}</p>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </div>
      ${
        'code' in snippet
          ? html`<figure class="snippet">
                <figcaption id="snippet-label">${text.snippetLabel}</figcaption>
                <!-- Focusable, as a long snippet scrolls. -->
                <pre
                  id="snippet"
                  tabindex="0"
                  role="region"
                  aria-labelledby="snippet-label"
                ><code>${snippet.code}</code></pre>
              </figure>
              <p class="help" id="snippet-release">
                ${this.release ? text.releasePinned(this.release.version) : text.releaseUnknown}
              </p>
              <button type="button" class="primary" @click=${this.#copy}>${text.copy}</button>`
          : nothing
      }
      <!-- Always on the page, so a reader hears why the code went away (or came back) as it happens. -->
      <div class="snippet-state" role="status">
        ${'withheld' in snippet ? html`<p class="note" id="snippet-withheld">${snippet.withheld}</p>` : nothing}
      </div>
      <p class="status" id="copy-status" role="status">${this.copyStatus}</p>
    </section>`
  }
}
