import { createApp } from 'vue'
import '@kth-vs/widgets/principle-cards/define'
import type {} from '@kth-vs/widgets/vue'
import App from './App.vue'

createApp(App).mount('#app')
