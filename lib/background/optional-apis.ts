// The background's use of APIs that some browsers lack: Firefox for Android has
// neither context menus nor keyboard commands. Each is looked up before use,
// and a browser without it simply goes without that entry point; cards, the
// popup and the options never depend on them.
import { resolveLanguage, translate } from '../i18n/i18n';

const MENU_ID = 'siyaq-background-for-selection';

/** The commands the manifest declares, and what each asks of the active tab. */
export const COMMANDS = {
  'open-card': 'open-at-selection',
  'next-mention': 'next',
  'previous-mention': 'previous',
} as const;
export type CommandAction = (typeof COMMANDS)[keyof typeof COMMANDS];

export interface OptionalApiActions {
  /** Opens the search page on the selected words. */
  searchSelection: (query: string) => void;
  /** Runs a command in the active tab. */
  command: (action: CommandAction) => void;
}

interface Listenable<F> {
  addListener: (listener: F) => void;
}
interface MenusApi {
  create: (properties: { id: string; title: string; contexts: ['selection'] }) => unknown;
  onClicked: Listenable<(info: { menuItemId: string | number; selectionText?: string }) => void>;
}
interface CommandsApi {
  onCommand: Listenable<(command: string) => void>;
}

/** What the browser may or may not have: `contextMenus` (Chromium), `menus` (Firefox), `commands`. */
export interface MaybeOptionalApis {
  contextMenus?: MenusApi;
  menus?: MenusApi;
  commands?: CommandsApi;
  runtime: { onInstalled: Listenable<() => void> };
  i18n: { getUILanguage: () => string };
}

function usable<T extends object>(get: () => T | undefined, ...members: (keyof T)[]): T | null {
  try {
    const api = get();
    return api && members.every((m) => api[m] !== undefined) ? api : null;
  } catch {
    // A getter that throws (an API declared but not available on this platform).
    return null;
  }
}

/** Wires whatever the browser has; returns which of the two it found. */
export function wireOptionalApis(api: MaybeOptionalApis, actions: OptionalApiActions): { menus: boolean; commands: boolean } {
  const menus = usable(() => api.contextMenus, 'create', 'onClicked') ?? usable(() => api.menus, 'create', 'onClicked');
  if (menus) {
    api.runtime.onInstalled.addListener(() => {
      const lang = resolveLanguage('auto', api.i18n.getUILanguage());
      menus.create({ id: MENU_ID, title: translate(lang, 'contextMenuBackground'), contexts: ['selection'] });
    });
    menus.onClicked.addListener((info) => {
      if (info.menuItemId !== MENU_ID || !info.selectionText) return;
      actions.searchSelection(info.selectionText.trim().slice(0, 200));
    });
  }
  const commands = usable(() => api.commands, 'onCommand');
  commands?.onCommand.addListener((command: string) => {
    if (Object.hasOwn(COMMANDS, command)) actions.command(COMMANDS[command as keyof typeof COMMANDS]);
  });
  return { menus: menus !== null, commands: commands !== null };
}
