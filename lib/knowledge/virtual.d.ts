// The modules served by siyaqKnowledge() (vite-plugin.ts).

declare module 'virtual:siyaq/names' {
  const names: import('./types').NamesIndex;
  export default names;
}

declare module 'virtual:siyaq/details' {
  const details: import('./types').DetailsIndex;
  export default details;
}
