import { describe, expect, it } from 'vitest'
import { DEFAULT_EMBED_CONFIG, checkEmbedConfig, embedPagePolicy, isAllowedOrigin } from './embed-policy.js'

const self = 'https://vs.example.se'

describe('isAllowedOrigin', () => {
  const list = ["'self'", 'https://*.kth.se', 'http://127.0.0.1:8080']

  it("reads 'self', a wildcard subdomain and a port as a CSP source list does", () => {
    expect(isAllowedOrigin('https://vs.example.se/data/vs.json', list, self)).toBe(true)
    expect(isAllowedOrigin('https://intra.kth.se/a.json', list, self)).toBe(true)
    expect(isAllowedOrigin('https://a.b.kth.se/a.json', list, self)).toBe(true)
    expect(isAllowedOrigin('http://127.0.0.1:8080/a.json', list, self)).toBe(true)
  })

  it('refuses the bare domain of a wildcard, another scheme, another port and look-alike hosts', () => {
    for (const url of [
      'https://kth.se/a.json',
      'http://intra.kth.se/a.json',
      'https://intra.kth.se:8443/a.json',
      'https://kth.se.evil.example/a.json',
      'https://evilkth.se/a.json',
      'http://127.0.0.1:8081/a.json',
      'http://vs.example.se/a.json',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedOrigin(url, list, self), url).toBe(false)
    }
  })

  it('allows nothing from an empty list', () => {
    expect(isAllowedOrigin(`${self}/a.json`, [], self)).toBe(false)
  })
})

describe('checkEmbedConfig', () => {
  it('fills in the defaults for a missing list and keeps a given one', () => {
    expect(checkEmbedConfig({ dataHosts: ["'self'"] })).toEqual({
      ok: true,
      config: { dataHosts: ["'self'"], frameAncestors: DEFAULT_EMBED_CONFIG.frameAncestors },
    })
  })

  it('names each entry that is not a host source, and unknown settings', () => {
    const checked = checkEmbedConfig({
      dataHosts: ['https:', 'https://kth.se/path', 42, '*'],
      frameAncestors: 'self',
      dataHost: [],
    })
    expect(checked.ok).toBe(false)
    expect(!checked.ok && checked.problems).toEqual([
      `"dataHosts"[0] is "https:"; expected 'self' or scheme://host[:port] such as https://*.kth.se`,
      `"dataHosts"[1] is "https://kth.se/path"; expected 'self' or scheme://host[:port] such as https://*.kth.se`,
      `"dataHosts"[2] is 42; expected 'self' or scheme://host[:port] such as https://*.kth.se`,
      `"dataHosts"[3] is "*"; expected 'self' or scheme://host[:port] such as https://*.kth.se`,
      '"frameAncestors" must be a list of hosts',
      '"dataHost" is not a setting; the settings are "dataHosts" and "frameAncestors"',
    ])
    expect(checkEmbedConfig([])).toMatchObject({ ok: false })
  })
})

describe('embedPagePolicy', () => {
  it('opens connect-src to exactly the data hosts and sets frame-ancestors', () => {
    expect(
      embedPagePolicy("default-src 'self'", {
        dataHosts: ["'self'", 'https://*.kth.se'],
        frameAncestors: [],
      }),
    ).toBe("default-src 'self'; connect-src 'self' https://*.kth.se; frame-ancestors 'none'")
  })
})
