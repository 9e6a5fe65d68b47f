// The module served by siyaqPageMessages() (vite-plugin.ts).

declare module 'virtual:siyaq/page-messages' {
  const messages: Record<import('./language').Lang, import('./language').Catalogue>;
  export default messages;
}
