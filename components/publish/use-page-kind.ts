/**
 * What page the panel sits on (add, edit, …), so it can offer what belongs there ("Simpan ke katalog"
 * on edit pages). Asked once through the background (the content script told its first page-status
 * before this iframe existed), then followed from the page's own `page-status` — the seller centre
 * moves from add to edit with pushState after a save, and the panel stays open across it. Accepted only
 * from this extension, from the top frame of this panel's own tab.
 */
import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { fromContentSchema, isFromThisExtension, parseMessage, type PageKind } from '@/utils/messaging';
import type { PageReply } from '@/entrypoints/background/panel-save';

export function usePageKind(): PageKind | undefined {
  const [kind, setKind] = useState<PageKind>();
  useEffect(() => {
    let live = true;
    const ownTab = Promise.resolve(browser.tabs?.getCurrent?.())
      .then((tab) => tab?.id)
      .catch(() => undefined);
    // A page-status that arrives while the first answer is on its way is newer: it wins.
    let told = false;
    const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isFromThisExtension(sender) || sender.frameId !== 0) return;
      const message = parseMessage(fromContentSchema, raw);
      if (message?.type !== 'page-status') return;
      void ownTab.then((own) => {
        if (!live || own === undefined || sender.tab?.id !== own) return;
        told = true;
        setKind(message.kind);
      });
    };
    browser.runtime.onMessage.addListener(listener);
    void Promise.resolve(browser.runtime.sendMessage({ type: 'panel-page' }))
      .then((reply) => {
        const page = reply as PageReply | undefined;
        if (live && !told && page?.ok) setKind(page.kind);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, []);
  return kind;
}
