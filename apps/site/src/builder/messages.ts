import type { Language } from '@kth-vs/core'

/** Every text the builder shows, in one language. */
export interface BuilderMessages {
  widgetLegend: string
  widgetLanguageLegend: string
  languageNames: Record<Language, string>
  optionsHeading: string
  optionsNone: string
  dataLegend: string
  dataBuiltin: string
  dataBuiltinHelp: string
  dataJson: string
  dataJsonHelp: string
  dataRows: string
  dataRowsHelp: string
  jsonLabel: string
  jsonHelp: string
  fileLabel: string
  fileHelp: string
  fileRead: (name: string) => string
  fileFailed: (name: string) => string
  fillBuiltin: string
  fillExample: string
  rowsLabel: string
  rowsHelp: string
  rowsOnlyTimeline: string
  rowsRead: (items: number, header: boolean) => string
  nameSvLabel: string
  nameEnLabel: string
  nameHelp: string
  sourceUrlLabel: string
  sourceUrlHelp: string
  problemsSummary: (count: number) => string
  noProblems: string
  goToLine: (line: number) => string
  goToRow: string
  goToField: string
  lineText: (line: number, exact: boolean) => string
  previewHeading: string
  previewWaiting: string
  previewNeedsJson: string
  previewMissing: (tag: string) => string
  snippetHeading: string
  snippetFormLegend: string
  snippetScript: string
  snippetScriptHelp: string
  snippetIframe: string
  snippetIframeHelp: string
  baseUrlLabel: string
  baseUrlHelp: string
  hostNeeds: string
  releasePinned: (version: string) => string
  releaseUnknown: string
  baseUrlProblem: string
  dataUrlLabel: string
  dataUrlHelp: string
  dataUrlProblem: string
  snippetLabel: string
  snippetWithheld: string
  optionsWithheld: string
  copy: string
  copied: string
  copyFallback: string
  iframeTitle: (widget: string, programme: string) => string
  builtinProgramme: string
}

/** The builder's texts in Swedish and English. */
export const builderMessages: Record<Language, BuilderMessages> = {
  sv: {
    widgetLegend: '1. Välj widget',
    widgetLanguageLegend: 'Widgetens språk',
    languageNames: { sv: 'Svenska', en: 'Engelska' },
    optionsHeading: '2. Inställningar',
    optionsNone: 'Den här widgeten har inga fler inställningar.',
    dataLegend: '3. Uppgifter',
    dataBuiltin: 'Inbyggda uppgifter (VS-programmet)',
    dataBuiltinHelp:
      'Uppgifterna om VS-programmet som följer med widgetarna. Du behöver inte göra något mer.',
    dataJson: 'Egna uppgifter (JSON)',
    dataJsonHelp: 'Skriv eller ladda upp ett eget dokument i kitets JSON-format.',
    dataRows: 'Rader från ett kalkylblad (tidslinje)',
    dataRowsHelp: 'Klistra in rader från Excel eller Google Kalkylark för att göra punkter på en tidslinje.',
    jsonLabel: 'Uppgifter i JSON',
    jsonHelp: 'Ändra i texten. Fel visas under rutan med raden de finns på.',
    fileLabel: 'Ladda upp en JSON-fil',
    fileHelp: 'Filens innehåll ersätter texten i rutan ovan. Filen lämnar inte din dator.',
    fileRead: (name) => `${name} är inläst.`,
    fileFailed: (name) => `${name} gick inte att läsa.`,
    fillBuiltin: 'Börja från de inbyggda uppgifterna',
    fillExample: 'Börja från ett litet exempel',
    rowsLabel: 'Rader från kalkylbladet',
    rowsHelp:
      'En händelse per rad, kolumner åtskilda med tabb (som när du kopierar celler): datum (eller start och slut), typ (beslut, milstolpe, fas eller period), titel på svenska, titel på engelska och, om du vill, källans webbadress. En första rad med kolumnnamn, till exempel "Datum, Typ, Titel sv, Titel en, Källa", går bra. Datum skrivs ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-vår/höst eller ÅÅÅÅ.',
    rowsOnlyTimeline:
      'Rader från ett kalkylblad blir punkter på en tidslinje. Välj widgeten Tidslinje för att visa dem.',
    rowsRead: (items, header) =>
      `${items === 1 ? '1 händelse' : `${items} händelser`} inlästa${header ? ' (första raden lästes som kolumnnamn)' : ''}.`,
    nameSvLabel: 'Programmets namn på svenska',
    nameEnLabel: 'Programmets namn på engelska',
    nameHelp: 'Minst ett av namnen krävs.',
    sourceUrlLabel: 'Källa (webbadress)',
    sourceUrlHelp:
      'Sidan eller dokumentet som uppgifterna kommer från. Krävs om ingen rad har en egen källa. Början och slutet på programmet räknas fram från raderna.',
    problemsSummary: (count) => (count === 1 ? '1 fel i uppgifterna' : `${count} fel i uppgifterna`),
    noProblems: 'Inga fel i uppgifterna.',
    goToLine: (line) => `Gå till rad ${line}`,
    goToRow: 'Gå till raden',
    goToField: 'Gå till fältet',
    lineText: (line, exact) => (exact ? `rad ${line}` : `nära rad ${line}`),
    previewHeading: '4. Förhandsvisning',
    previewWaiting: 'Förhandsvisningen laddas …',
    previewNeedsJson: 'Förhandsvisningen visas när texten är giltig JSON.',
    previewMissing: (tag) =>
      `<${tag}> finns inte i den version av kth-vs.js som den här sidan laddar, så den kan inte förhandsvisas här. Koden nedan fungerar på sidor där widgeten finns.`,
    snippetHeading: '5. Kod att klistra in',
    snippetFormLegend: 'Hur widgeten kommer in på sidan',
    snippetScript: 'Skript och element',
    snippetScriptHelp: 'För sidor där du får lägga in skript.',
    snippetIframe: 'Iframe',
    snippetIframeHelp:
      'För sidor där skript inte är tillåtna. Widgeten visas i en ram som anpassar sin höjd.',
    baseUrlLabel: 'Adress där kitet är publicerat',
    baseUrlHelp: 'Mappen där kth-vs.js och embed.html ligger, till exempel https://www.kth.se/vs-kit/.',
    hostNeeds:
      'Servern som publicerar kitets filer måste skicka rubrikerna Access-Control-Allow-Origin: * (annars laddas kth-vs.js inte på sidor på andra adresser) och Content-Type: text/javascript för .js-filerna.',
    releasePinned: (version) =>
      `Koden laddar version ${version} med dess kontrollsumma (integrity), så sidan kör exakt den filen. En ny version får du genom att hämta ny kod här.`,
    releaseUnknown:
      'Ingen release.json på den adressen, så koden laddar kth-vs.js utan version och kontrollsumma.',
    baseUrlProblem: 'Ange en adress som börjar med https://.',
    dataUrlLabel: 'Adress till den publicerade JSON-filen',
    dataUrlHelp:
      'En iframe kan inte bära egna uppgifter i koden. Spara uppgifterna som en JSON-fil, publicera den (till exempel i webbpubliceringens filarkiv) och ange filens adress här.',
    dataUrlProblem: 'Ange adressen till den publicerade JSON-filen, med https://, för att få iframe-koden.',
    snippetLabel: 'Koden',
    snippetWithheld: 'Rätta felen i uppgifterna ovan, så visas koden här.',
    optionsWithheld: 'Rätta inställningarna som är markerade ovan, så visas koden här.',
    copy: 'Kopiera',
    copied: 'Koden är kopierad. Klistra in den i sidans HTML.',
    copyFallback:
      'Kopieringen gick inte att göra automatiskt. Koden är markerad: tryck Ctrl+C (Cmd+C på Mac).',
    iframeTitle: (widget, programme) => `${widget}: ${programme}`,
    builtinProgramme: 'VS-programmet på KTH',
  },
  en: {
    widgetLegend: '1. Choose a widget',
    widgetLanguageLegend: "The widget's language",
    languageNames: { sv: 'Swedish', en: 'English' },
    optionsHeading: '2. Options',
    optionsNone: 'This widget has no further options.',
    dataLegend: '3. Data',
    dataBuiltin: 'Built-in data (the VS programme)',
    dataBuiltinHelp: 'The data about the VS programme that comes with the widgets. Nothing more to do.',
    dataJson: 'Your own data (JSON)',
    dataJsonHelp: "Write or upload your own document in the kit's JSON format.",
    dataRows: 'Rows from a spreadsheet (timeline)',
    dataRowsHelp: 'Paste rows from Excel or Google Sheets to make the items of a timeline.',
    jsonLabel: 'Data as JSON',
    jsonHelp: 'Edit the text. Problems are listed below the box with the line they are on.',
    fileLabel: 'Upload a JSON file',
    fileHelp: 'The file replaces the text in the box above. It does not leave your computer.',
    fileRead: (name) => `${name} is loaded.`,
    fileFailed: (name) => `${name} could not be read.`,
    fillBuiltin: 'Start from the built-in data',
    fillExample: 'Start from a small example',
    rowsLabel: 'Rows from the spreadsheet',
    rowsHelp:
      'One event per row, columns separated by tabs (as when you copy cells): date (or start and end), kind (decision, milestone, phase or period), title in Swedish, title in English and, if you like, the source URL. A first row naming the columns, such as "Date, Kind, Title sv, Title en, Source", is fine. Dates are written YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-spring/autumn or YYYY.',
    rowsOnlyTimeline:
      'Spreadsheet rows become the items of a timeline. Choose the Timeline widget to show them.',
    rowsRead: (items, header) =>
      `${items === 1 ? '1 event' : `${items} events`} read${header ? ' (the first row was read as column names)' : ''}.`,
    nameSvLabel: "The programme's name in Swedish",
    nameEnLabel: "The programme's name in English",
    nameHelp: 'At least one of the names is needed.',
    sourceUrlLabel: 'Source (web address)',
    sourceUrlHelp:
      "The page or document the data comes from. Needed when no row has a source of its own. The programme's start and end are worked out from the rows.",
    problemsSummary: (count) => (count === 1 ? '1 problem in the data' : `${count} problems in the data`),
    noProblems: 'No problems in the data.',
    goToLine: (line) => `Go to line ${line}`,
    goToRow: 'Go to the row',
    goToField: 'Go to the field',
    lineText: (line, exact) => (exact ? `line ${line}` : `near line ${line}`),
    previewHeading: '4. Preview',
    previewWaiting: 'The preview is loading …',
    previewNeedsJson: 'The preview appears when the text is valid JSON.',
    previewMissing: (tag) =>
      `<${tag}> is not in the version of kth-vs.js this page loads, so it cannot be previewed here. The code below works on pages where the widget exists.`,
    snippetHeading: '5. Code to paste',
    snippetFormLegend: 'How the widget goes on the page',
    snippetScript: 'Script and element',
    snippetScriptHelp: 'For pages where you may add scripts.',
    snippetIframe: 'Iframe',
    snippetIframeHelp:
      'For pages where scripts are not allowed. The widget is shown in a frame that fits its height.',
    baseUrlLabel: 'Address the kit is published at',
    baseUrlHelp: 'The folder holding kth-vs.js and embed.html, for example https://www.kth.se/vs-kit/.',
    hostNeeds:
      "The server that publishes the kit's files must send the headers Access-Control-Allow-Origin: * (or kth-vs.js will not load on pages at other addresses) and Content-Type: text/javascript for the .js files.",
    releasePinned: (version) =>
      `The code loads version ${version} with its checksum (integrity), so the page runs exactly that file. Get new code here to move to a newer version.`,
    releaseUnknown:
      'No release.json at that address, so the code loads kth-vs.js without a version or checksum.',
    baseUrlProblem: 'Give an address starting with https://.',
    dataUrlLabel: 'Address of the published JSON file',
    dataUrlHelp:
      'An iframe cannot carry your own data in its code. Save the data as a JSON file, publish it (for example in the web publishing file archive) and give its address here.',
    dataUrlProblem: 'Give the address of the published JSON file, with https://, to get the iframe code.',
    snippetLabel: 'The code',
    snippetWithheld: 'Correct the problems in the data above and the code appears here.',
    optionsWithheld: 'Correct the options marked above and the code appears here.',
    copy: 'Copy',
    copied: "The code is copied. Paste it into the page's HTML.",
    copyFallback:
      'The code could not be copied automatically. It is selected: press Ctrl+C (Cmd+C on a Mac).',
    iframeTitle: (widget, programme) => `${widget}: ${programme}`,
    builtinProgramme: 'The VS programme at KTH',
  },
}
