// Style sheets imported by the comparison pages; esbuild writes them beside the bundle.
declare module '*.css'
