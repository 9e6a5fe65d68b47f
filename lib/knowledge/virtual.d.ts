// The modules served by siyaqKnowledge() (vite-plugin.ts).

declare module 'virtual:siyaq/names' {
  const names: import('./types').NamesIndex;
  export default names;
}

declare module 'virtual:siyaq/details' {
  const details: import('./types').DetailsIndex;
  export default details;
}

declare module 'virtual:siyaq/pack' {
  const pack: {
    manifest: import('../packs/types').PackManifest;
    created: string;
    matcher: import('../detect/compiled').CompiledMatcher;
  };
  export default pack;
}
