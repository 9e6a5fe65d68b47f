// The background's answer to the popup's briefing, from every enabled pack.
import type { Handlers } from '../messaging/channel';
import type { BackgroundProtocol } from '../messaging/protocol';
import type { KnowledgeStore } from '../store/knowledge-store';
import { buildBriefing } from './briefing';

export function briefingHandlers(store: KnowledgeStore): Pick<Handlers<BackgroundProtocol>, 'siyaq:briefing'> {
  return {
    'siyaq:briefing': async ({ topics }) => {
      const k = await store.knowledge();
      return buildBriefing(k.names, k.details, topics);
    },
  };
}
