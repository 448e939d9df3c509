// The builder pages' one module: registers <vs-embed-builder>. The widgets come from /kth-vs.js, as on any page.
import './define.js'
