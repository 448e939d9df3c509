// Writes the JSON Schema of a programme document next to the build, from the zod schema itself.
// Its $id is the schema's address for this very version, so a data file pointing at it stays valid.
import { writeFileSync } from 'node:fs'
import { toJSONSchema } from 'zod/mini'
import { releaseVersionOf, unpkgUrl } from '../../../tooling/release-version.mjs'
import { ProgrammeDocumentSchema } from '../dist/index.js'

const version = releaseVersionOf(new URL('../package.json', import.meta.url))
const schema = toJSONSchema(ProgrammeDocumentSchema, { io: 'input', unrepresentable: 'any' })
schema.$id = unpkgUrl('@kth-vs/core', version, 'dist/schema.json')
writeFileSync(new URL('../dist/schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n')
