// The one pair of helpers every part uses to send and answer typed messages.
// Senders always get a Reply: a failure to deliver becomes `unreachable`
// instead of a thrown error or a bare null.
import { browser, type Browser } from 'wxt/browser';

import {
  backgroundParsers,
  parseMessage,
  tabParsers,
  type BackgroundProtocol,
  type Parsers,
  type Protocol,
  type TabProtocol,
} from './protocol';
import { fail, MessageError, ok, readReply, type Reply } from './reply';

type Sender = Browser.runtime.MessageSender;

async function deliver<T>(send: () => Promise<unknown>): Promise<Reply<T>> {
  try {
    return readReply<T>(await send());
  } catch (error) {
    return fail('unreachable', error instanceof Error ? error.message : String(error));
  }
}

export function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  request: BackgroundProtocol[K]['request'],
): Promise<Reply<BackgroundProtocol[K]['reply']>> {
  return deliver(() => browser.runtime.sendMessage({ ...request, type }));
}

/** frameId 0 asks the top frame only; without it every frame hears the message and the first answer wins. */
export function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  request: TabProtocol[K]['request'],
  options: { frameId?: number } = {},
): Promise<Reply<TabProtocol[K]['reply']>> {
  return deliver(() => browser.tabs.sendMessage(tabId, { ...request, type }, options));
}

/**
 * What a handler returns: the reply value (or a promise of it), or undefined to
 * stay silent (a subframe leaving page-level questions to the top frame).
 * Throwing a MessageError answers with its code; anything else thrown is `failed`.
 */
export type Handlers<P extends Protocol> = {
  [K in keyof P]: (request: P[K]['request'], sender: Sender) => P[K]['reply'] | Promise<P[K]['reply']> | undefined;
};

/** Dispatches one incoming message; undefined when this receiver does not answer it. */
export function answer<P extends Protocol>(
  parsers: Parsers<P>,
  handlers: Handlers<P>,
  message: unknown,
  sender: Sender,
): Promise<Reply<unknown>> | undefined {
  const parsed = parseMessage(parsers, message);
  if (parsed === null) return undefined;
  if (parsed === 'malformed') return Promise.resolve(fail('bad-request', 'a message of a known type with the wrong shape'));
  let value: unknown;
  try {
    value = handlers[parsed.type](parsed.request, sender);
  } catch (error) {
    return Promise.resolve(failure(error));
  }
  if (value === undefined) return undefined;
  return Promise.resolve(value).then(ok, failure);
}

function failure(error: unknown): Reply<never> {
  if (error instanceof MessageError) return fail(error.code, error.message, error.reason);
  return fail('failed', error instanceof Error ? error.message : String(error));
}

/** Answers this protocol's messages from Siyaq's own parts only; returns the way to stop. */
function handle<P extends Protocol>(parsers: Parsers<P>, handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: Sender) => {
    // Only our own pages and content scripts; never another extension.
    if (sender.id !== browser.runtime.id) return undefined;
    return answer(parsers, handlers, message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export const handleBackground = (handlers: Handlers<BackgroundProtocol>): (() => void) => handle(backgroundParsers, handlers);
export const handleTab = (handlers: Handlers<TabProtocol>): (() => void) => handle(tabParsers, handlers);
