import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview'
import { setProjectAnnotations } from '@storybook/web-components-vite'
import { inject } from 'vitest'
import { a11ySweep } from './a11y-sweep'
import * as projectAnnotations from './preview'

// The sweep comes last: Storybook runs afterEach hooks in reverse, so its checks run before the a11y
// addon's axe run, on the story in the sweep's language and theme (see vitest.config.ts).
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations, a11ySweep(inject('a11ySweep'))])
